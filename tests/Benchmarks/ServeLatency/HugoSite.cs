using System.Text;

namespace Leaflet.ServeLatency;

/// <summary>
/// The same corpus as a Hugo site: the same Markdown files with their front matter (Hugo keeps the
/// unknown fields as parameters), one content folder per language, and layouts that show what our
/// pages show (title, contents, body, language switch, the list of leaflets).
/// </summary>
public static class HugoSite
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="{{ .Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body><nav>{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Lang }}">{{ .Language.LanguageName }}</a> {{ end }}</nav>
        <main><h1>{{ .Title }}</h1>{{ .TableOfContents }}{{ .Content }}</main></body></html>
        """;

    private const string List = """
        <!DOCTYPE html>
        <html lang="{{ .Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body><main><ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Description }}</li>{{ end }}</ul></main></body></html>
        """;

    public static void Write(string content, string target)
    {
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        var languages = Directory.GetDirectories(content).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var config = new StringBuilder($"baseURL = \"http://127.0.0.1/\"\ndefaultContentLanguage = \"{languages[0]}\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\"]\n");
        for (var i = 0; i < languages.Count; i++)
        {
            config.Append($"[languages.{languages[i]}]\ncontentDir = \"content/{languages[i]}\"\nweight = {i + 1}\nlanguageName = \"{languages[i]}\"\n");
            var folder = Path.Combine(target, "content", languages[i]!);
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(Path.Combine(content, languages[i]!), "*.md"))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        Directory.CreateDirectory(Path.Combine(target, "layouts", "_default"));
        File.WriteAllText(Path.Combine(target, "hugo.toml"), config.ToString());
        File.WriteAllText(Path.Combine(target, "layouts", "_default", "single.html"), Page);
        File.WriteAllText(Path.Combine(target, "layouts", "_default", "list.html"), List);
        File.WriteAllText(Path.Combine(target, "layouts", "index.html"), List);
    }
}
