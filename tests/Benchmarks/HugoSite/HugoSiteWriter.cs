using System.Globalization;
using System.Text;
using Leaflet.Content;
using Leaflet.Diagnostics;

namespace Leaflet.Benchmarks.Hugo;

/// <summary>
/// Writes a Leaflet content folder as a Hugo site doing the same work: one content folder per
/// language (Hugo's contentDir), each language's interface strings as its params, the same
/// stylesheet, and layouts/ beside this tool with hreflang alternates, a language switcher and
/// a table of contents. Articles are copied as they are: Hugo reads the same YAML front matter
/// and Markdown, and pairs translations by file name as Leaflet does.
/// </summary>
public static class HugoSiteWriter
{
    public static int Write(string content, string templates, string target)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(content, null, new HashSet<string>(), diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        Directory.CreateDirectory(target);

        var articles = 0;
        foreach (var language in site.Languages)
        {
            var folder = Path.Combine(target, "content", language.Code);
            Directory.CreateDirectory(folder);
            foreach (var article in site.Leaflets.Select(l => l.In(language.Code)).OfType<Article>())
            {
                File.Copy(Path.Combine(content, language.Code, article.Slug + ".md"), Path.Combine(folder, article.Slug + ".md"));
                articles++;
            }
        }
        File.WriteAllText(Path.Combine(target, "config.toml"), Configuration(site), new UTF8Encoding(false));
        Copy(Path.Combine(AppContext.BaseDirectory, "layouts"), Path.Combine(target, "layouts"));
        Copy(Path.Combine(templates, "assets"), Path.Combine(target, "static", "assets"));
        return articles;
    }

    private static string Configuration(Site site)
    {
        var text = new StringBuilder();
        text.AppendLine($"baseURL = {Toml(site.Configuration.BaseUrl.AbsoluteUri)}");
        text.AppendLine($"defaultContentLanguage = {Toml(site.Configuration.DefaultLanguage)}");
        text.AppendLine("defaultContentLanguageInSubdir = true");
        // Leaflet writes no feeds or taxonomies; a sitemap and robots.txt it does write.
        text.AppendLine("disableKinds = [\"taxonomy\", \"term\", \"RSS\"]");
        text.AppendLine("enableRobotsTXT = true");
        text.AppendLine($"[params]\n  publisher = {Toml(site.Configuration.Publisher)}");
        var weight = 1;
        foreach (var language in site.Languages.OrderBy(l => l.Code == site.Configuration.DefaultLanguage ? 0 : 1))
        {
            text.AppendLine($"[languages.{language.Code}]");
            text.AppendLine($"  contentDir = {Toml("content/" + language.Code)}");
            text.AppendLine($"  languageName = {Toml(language.Name)}");
            text.AppendLine($"  languageCode = {Toml(language.Culture.Name)}");
            text.AppendLine($"  languageDirection = {Toml(language.Direction)}");
            text.AppendLine($"  title = {Toml(language.Strings["site_title"])}");
            text.AppendLine($"  weight = {(weight++).ToString(CultureInfo.InvariantCulture)}");
            text.AppendLine($"  [languages.{language.Code}.params]");
            foreach (var (key, value) in language.Strings.OrderBy(s => s.Key, StringComparer.Ordinal))
                text.AppendLine($"    {key} = {Toml(value)}");
        }
        return text.ToString();
    }

    private static string Toml(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\') text.Append('\\').Append(c);
            else if (char.IsControl(c)) text.Append($"\\u{(int)c:X4}");
            else text.Append(c);
        }
        return text.Append('"').ToString();
    }

    private static void Copy(string source, string target)
    {
        if (!Directory.Exists(source)) return;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
    }
}
