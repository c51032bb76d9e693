using Leaflet.Links.Rules;
using Leaflet.Links;
using Leaflet.Routing;

namespace Leaflet.Tests.Links;

/// <summary>The small parsers under the rules, where the URL and HTML standards have their corners.</summary>
public sealed class UrlParsingTests
{
    [Theory]
    [InlineData("a.png", new[] { "a.png" })]
    [InlineData("a.png 1x, b.png 2x", new[] { "a.png", "b.png" })]
    [InlineData("a.png,b.png 2x", new[] { "a.png,b.png" })]
    [InlineData("  a.png 480w ,\n b.png   960w  ", new[] { "a.png", "b.png" })]
    [InlineData("x,y.png 1x, z.png 2x", new[] { "x,y.png", "z.png" })]
    [InlineData("a.png (max-width: 1px, 2px) 1x, b.png", new[] { "a.png", "b.png" })]
    [InlineData("", new string[0])]
    public void Srcset_yields_each_candidate_url_without_descriptors(string srcset, string[] expected) =>
        Assert.Equal(expected, SrcSet.Urls(srcset));

    [Theory]
    [InlineData("  page.html\t", "page.html")]
    [InlineData("pa\nge.\thtml", "page.html")]
    [InlineData("\u0001page.html\u001f", "page.html")]
    [InlineData("page one.html", "page one.html")]
    public void Urls_lose_surrounding_controls_and_inner_tabs_and_newlines(string raw, string expected) =>
        Assert.Equal(expected, UrlText.Clean(raw));

    [Theory]
    [InlineData("%D0%BB%D0%B5%D1%87%D0%B5%D0%BD%D0%B8%D0%B5", "лечение")]
    [InlineData("%d0%bb", "л")]
    [InlineData("100%", "100%")]
    [InlineData("%zz", "%zz")]
    [InlineData("%FF", "\uFFFD")]
    [InlineData("лечение", "лечение")]
    public void Percent_decoding_reads_utf8_and_leaves_broken_escapes(string text, string expected) =>
        Assert.Equal(expected, UrlText.PercentDecode(text));

    [Theory]
    [InlineData("ru/a/index.html", "b/", "ru/a/b/")]
    [InlineData("ru/a/index.html", "../b/index.html", "ru/b/index.html")]
    [InlineData("ru/a/index.html", "/x.css", "x.css")]
    [InlineData("ru/a/index.html", "..", "ru/")]
    [InlineData("ru/a/index.html", "../..", "")]
    [InlineData("ru/a/index.html", "./", "ru/a/")]
    [InlineData("ru/a/index.html", "", "ru/a/index.html")]
    [InlineData("", "ru/", "ru/")]
    [InlineData("ru/a/index.html", "%2E%2E/b", "ru/b")]
    [InlineData("ru/a/index.html", "../../..", null)]
    [InlineData("index.html", "/../x", null)]
    public void Site_paths_resolve_like_urls_but_refuse_to_climb_above_the_root(string basePath, string reference, string? expected) =>
        Assert.Equal(expected, SitePath.Resolve(basePath, reference));

    [Theory]
    [InlineData("https://example.org/leaflets/ru/a/#x", "Internal", "ru/a/")]
    [InlineData("https://example.org:443/leaflets/", "Internal", "")]
    [InlineData("http://example.org/leaflets/ru/", "External", "")]
    [InlineData("https://example.org/leaflets-old/", "External", "")]
    [InlineData("//example.org/leaflets/ru/", "Internal", "ru/")]
    [InlineData("MAILTO:a@b.org", "Mail", "")]
    [InlineData("sms:+123", "Ignored", "")]
    [InlineData("..\\img\\a.png", "Internal", "ru/img/a.png")]
    public void Links_resolve_against_the_page_and_the_base_url(string href, string kind, string path)
    {
        var resolver = new UrlResolver(new Uri("https://example.org/leaflets/"));

        var resolved = resolver.Resolve(href, new DocumentBase("ru/a/index.html"));

        Assert.Equal((kind, path), (resolved.Kind.ToString(), resolved.Path));
    }

    [Theory]
    [InlineData("лечение", "лечение", true)]
    [InlineData("%D0%BB%D0%B5%D1%87%D0%B5%D0%BD%D0%B8%D0%B5", "лечение", true)]
    [InlineData("a%20b", "a b", true)]
    [InlineData("%25", "%", true)]
    [InlineData("100%25", "100%25", true)]
    [InlineData("Лечение", "лечение", false)]
    [InlineData("top", "other", true)]
    [InlineData("", "other", true)]
    public void Fragments_match_as_the_html_standard_finds_an_indicated_element(string fragment, string id, bool found)
    {
        var page = new ScannedPage("p.html", null, null, new HashSet<string> { id }, new HashSet<string>(), [], []);

        Assert.Equal(found, FragmentRule.Indicates(page, fragment));
    }
}
