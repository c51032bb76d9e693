using System.Text;
using System.Text.RegularExpressions;
using Leaflet.Content;
using Leaflet.Diagnostics;

namespace Leaflet.Scaffold;

/// <summary>
/// <c>leaflet new</c>: a site that builds with no warnings, in a folder of its own. It writes
/// content/_site.yaml, each language's _language.yaml from the built-in set (with the fonts it names), the example leaflets of
/// those languages, a .gitignore and a README for the clinic, and nothing when anything is refused.
/// </summary>
public static partial class SiteScaffold
{
    /// <param name="languages">The site's languages, the first its default; empty for the languages of the example leaflets.</param>
    /// <param name="today">The date the example leaflets are published and reviewed.</param>
    public static ScaffoldResult Create(string folder, IReadOnlyList<string> languages, DateOnly today)
    {
        var diagnostics = new DiagnosticBag();
        languages = languages.Count == 0 ? ScaffoldFiles.ExampleLanguages : languages.Distinct(StringComparer.Ordinal).ToList();
        CheckFolder(folder, diagnostics);
        CheckLanguages(languages, diagnostics);
        if (diagnostics.HasErrors) return ScaffoldResult.Refused(diagnostics);

        var files = new List<(string Path, byte[] Bytes)>
        {
            ("README.md", Utf8(ScaffoldFiles.Text("README.md", new Dictionary<string, string>()))),
            (".gitignore", Utf8(ScaffoldFiles.Text("gitignore", new Dictionary<string, string>()))),
            ("content/" + SiteConfigurationReader.FileName,
                Utf8(ScaffoldFiles.Text("content/" + SiteConfigurationReader.FileName, new Dictionary<string, string> { ["default_language"] = languages[0] }))),
        };
        foreach (var code in languages)
        {
            var language = BuiltInLanguages.Text(code);
            files.Add(($"content/{code}/{LanguageReader.FileName}", Utf8(language)));
            files.AddRange(LanguageFontFiles.For(language).Select(font => ("content/" + font, LanguageFontFiles.Read(font))));
            files.AddRange(ScaffoldFiles.ExamplesIn(code).Select(example => (example, Utf8(ScaffoldFiles.Text(example, ScaffoldFiles.Dates(today))))));
        }

        var written = new List<string>();
        foreach (var (relative, bytes) in files.DistinctBy(f => f.Path, StringComparer.Ordinal))
        {
            var path = Path.Combine([folder, .. relative.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            written.Add(DisplayPath.Of(path));
        }
        return new ScaffoldResult(written, []);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static void CheckFolder(string folder, DiagnosticBag diagnostics)
    {
        var reason = File.Exists(folder) ? "this is a file"
            : Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() ? "the folder is not empty"
            : null;
        if (reason is not null)
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.NewSiteFolderNotEmpty, DisplayPath.Of(folder), 0, 0,
                $"{reason}; leaflet new writes a site only into a new or empty folder"));
    }

    private static void CheckLanguages(IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var builtIn = BuiltInLanguages.Codes;
        foreach (var code in languages)
        {
            var message = !LanguageCode().IsMatch(code)
                ? $"'{code}' is not a language code such as the two-letter ISO 639-1 code, optionally with a region (xx or xx-yy), lower case"
                : !builtIn.Contains(code, StringComparer.Ordinal)
                    ? $"there are no built-in interface strings for '{code}' (built in: {string.Join(", ", builtIn)}); start with a built-in language and add content/{code}/{LanguageReader.FileName} yourself"
                    : null;
            if (message is not null) diagnostics.Add(Diagnostic.Of(DiagnosticCodes.LanguageNotBuiltIn, "leaflet", 0, 0, message));
        }
    }

    /// <summary>The rule the site loader holds a language folder's name to.</summary>
    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})?$")]
    private static partial Regex LanguageCode();
}
