using System.Text;

namespace Leaflet.Benchmarks;

/// <summary>
/// Writes a site shaped like Leaflet's output: every leaflet in two language folders,
/// about 15 KB per page, ids on headings, links to other leaflets' sections and to its own,
/// a stylesheet, a picture, a PDF, a canonical URL and hreflang alternates. Every link is
/// valid, so a clean check also shows there are no false alarms at scale.
/// </summary>
internal sealed class SiteGenerator(int slugs)
{
    private static readonly string[] Languages = ["en", "ru"];
    private const int Sections = 12;

    private const string LatinText = "Small red dots on the skin are usually harmless, but some need a doctor's eye. ";
    private const string CyrillicText = "Маленькие красные точки на коже обычно безвредны, но некоторые нужно показать врачу. ";

    public (int Pages, long Bytes) Write(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        File.WriteAllText(Path.Combine(root, "assets", "site.css"), "body { font-family: sans-serif; }\n");
        File.WriteAllText(Path.Combine(root, "assets", "picture.png"), "not a real picture\n");
        long bytes = 0;
        var pages = 0;
        File.WriteAllText(Path.Combine(root, "index.html"), Chooser());
        foreach (var language in Languages)
        {
            Directory.CreateDirectory(Path.Combine(root, language));
            File.WriteAllText(Path.Combine(root, language, "index.html"), List(language));
            for (var i = 0; i < slugs; i++)
            {
                var folder = Path.Combine(root, language, Slug(i));
                Directory.CreateDirectory(folder);
                var html = Leaflet(language, i);
                File.WriteAllText(Path.Combine(folder, "index.html"), html);
                File.WriteAllText(Path.Combine(folder, "leaflet-a4.pdf"), "%PDF-1.7\n");
                bytes += Encoding.UTF8.GetByteCount(html);
                pages++;
            }
        }
        return (pages, bytes);
    }

    private static string Slug(int i) => $"leaflet-{i:0000}";

    private static string SectionId(string language, int k) => language == "ru" ? $"раздел-{k}" : $"section-{k}";

    private string Leaflet(string language, int i)
    {
        var other = language == "ru" ? "en" : "ru";
        var text = language == "ru" ? CyrillicText : LatinText;
        var html = new StringBuilder(16 * 1024);
        html.Append($"<!doctype html>\n<html lang=\"{language}\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append($"<title>Leaflet {i}</title>\n<link rel=\"stylesheet\" href=\"../../assets/site.css\">\n")
            .Append($"<link rel=\"canonical\" href=\"https://example.org/leaflets/{language}/{Slug(i)}/\">\n");
        foreach (var alternate in Languages)
            html.Append($"<link rel=\"alternate\" hreflang=\"{alternate}\" href=\"../../{alternate}/{Slug(i)}/\">\n");
        html.Append("<link rel=\"alternate\" hreflang=\"x-default\" href=\"../../\">\n</head>\n<body>\n")
            .Append($"<header><nav><a href=\"../\">All leaflets</a> <a href=\"../../{other}/{Slug(i)}/\" hreflang=\"{other}\" lang=\"{other}\">{other}</a></nav></header>\n")
            .Append($"<main><article>\n<h1 id=\"title\">Leaflet {i}</h1>\n<nav class=\"toc\"><ol>\n");
        for (var k = 0; k < Sections; k++)
            html.Append($"<li><a href=\"#{SectionId(language, k)}\">Section {k}</a></li>\n");
        html.Append("</ol></nav>\n");
        for (var k = 0; k < Sections; k++)
        {
            var target = (i * 7 + k * 13) % slugs;
            html.Append($"<h2 id=\"{SectionId(language, k)}\">Section {k}</h2>\n<p>");
            for (var s = 0; s < 9; s++) html.Append(text);
            html.Append($"See <a href=\"../{Slug(target)}/#{SectionId(language, (k + 1) % Sections)}\">another leaflet</a> ")
                .Append($"and <a href=\"#{SectionId(language, (k + 5) % Sections)}\">below</a>.</p>\n");
            if (k % 4 == 0) html.Append("<figure><img src=\"../../assets/picture.png\" alt=\"A rash on the arm\"></figure>\n");
        }
        html.Append("<p><a href=\"leaflet-a4.pdf\">Download the PDF</a> · <a href=\"https://www.who.int/\">WHO</a></p>\n")
            .Append("</article></main>\n<footer><a href=\"../../\">Languages</a></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private string List(string language)
    {
        var html = new StringBuilder($"<!doctype html>\n<html lang=\"{language}\">\n<head><meta charset=\"utf-8\"><title>Leaflets</title></head>\n<body><ul>\n");
        for (var i = 0; i < slugs; i++) html.Append($"<li><a href=\"{Slug(i)}/\">Leaflet {i}</a></li>\n");
        return html.Append("</ul></body>\n</html>\n").ToString();
    }

    private static string Chooser() =>
        "<!doctype html>\n<html>\n<head><meta charset=\"utf-8\"><title>Leaflets</title></head>\n<body>\n"
        + string.Concat(Languages.Select(l => $"<a href=\"{l}/\" hreflang=\"{l}\">{l}</a>\n")) + "</body>\n</html>\n";
}
