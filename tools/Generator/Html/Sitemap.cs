using System.Text;
using System.Xml;
using Leaflet.Content;
using Leaflet.Routing;

namespace Leaflet.Html;

/// <summary>sitemap.xml with every page and its hreflang alternates, as search engines read them.</summary>
public static class Sitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static string Write(Site site, Routes routes)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(new StringWriterUtf8(text), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            var indexes = site.Languages.Select(l => (l.Code, Route: routes.LanguageIndex(l.Code))).ToList();
            Url(xml, routes, routes.Chooser, null, indexes, routes.Chooser);
            foreach (var (_, route) in indexes) Url(xml, routes, route, null, indexes, routes.Chooser);
            foreach (var leaflet in site.Leaflets)
            {
                var translations = leaflet.Translations.Select(a => (a.LanguageCode, Route: routes.Leaflet(a))).ToList();
                var fallback = routes.Leaflet(leaflet.In(site.Configuration.DefaultLanguage) ?? leaflet.Translations[0]);
                foreach (var article in leaflet.Translations)
                    Url(xml, routes, routes.Leaflet(article), article.FrontMatter.LastReviewed, translations, fallback);
            }
            xml.WriteEndElement();
        }
        return text.Append('\n').ToString();
    }

    private static void Url(XmlWriter xml, Routes routes, Route page, DateOnly? modified,
        IReadOnlyList<(string Code, Route Route)> alternates, Route xDefault)
    {
        xml.WriteStartElement("url", Namespace);
        xml.WriteElementString("loc", Namespace, routes.Absolute(page).AbsoluteUri);
        if (modified is { } date) xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (code, route) in alternates.Append(("x-default", xDefault)))
        {
            xml.WriteStartElement("xhtml", "link", Xhtml);
            xml.WriteAttributeString("rel", "alternate");
            xml.WriteAttributeString("hreflang", code);
            xml.WriteAttributeString("href", routes.Absolute(route).AbsoluteUri);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private sealed class StringWriterUtf8(StringBuilder text) : StringWriter(text, System.Globalization.CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
