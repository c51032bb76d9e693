using System.Text.RegularExpressions;
using Leaflet.Diagnostics;

namespace Leaflet.Content;

/// <summary>
/// The Content stage: reads content/ into the site model. Every folder with a _language.yaml is a
/// language, named by the folder; nothing here knows which languages exist.
/// </summary>
public static partial class SiteLoader
{
    /// <param name="reservedIds">Element ids the page templates use, which heading ids must avoid.</param>
    /// <param name="cancel">Checked before each article: reading thousands of them takes seconds, and Ctrl+C should not wait.</param>
    public static Site? Load(string contentRoot, Uri? baseUrlOverride, IReadOnlySet<string> reservedIds, DiagnosticBag diagnostics,
        CancellationToken cancel = default)
    {
        if (!Directory.Exists(contentRoot))
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.FolderMissing, DisplayPath.Of(contentRoot), 0, 0, "the content folder does not exist"));
            return null;
        }
        var configuration = SiteConfigurationReader.Read(contentRoot, baseUrlOverride, diagnostics);
        var languages = ReadLanguages(contentRoot, diagnostics);
        if (configuration is null) return null;
        if (languages.Count == 0)
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.LanguageInvalid, DisplayPath.Of(contentRoot), 0, 0,
                "no language folder found: each language is a folder under content/ with a _language.yaml"));
            return null;
        }
        if (languages.All(l => l.Code != configuration.DefaultLanguage))
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.SiteConfigurationInvalid, DisplayPath.Of(Path.Combine(contentRoot, SiteConfigurationReader.FileName)), 0, 0,
                $"default_language '{configuration.DefaultLanguage}' has no folder with a {LanguageReader.FileName} under content/"));
            return null;
        }

        InterfaceStrings.Check(languages, diagnostics);
        if (diagnostics.HasErrors) return null;

        var reader = new ArticleReader(contentRoot, configuration, reservedIds);
        var files = languages
            .SelectMany(language => ArticlePaths(contentRoot, language.Code, diagnostics).Select(path => (language.Code, Path: path)))
            .ToArray();
        // Each file is checked, read, its YAML and Markdown parsed, on its own: on every core, each into
        // its own slot, so the model comes out in the same order however the work was shared. Following
        // the links on a file's path takes a system call per folder, so that is shared out too.
        var read = new Article?[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancel }, i =>
            read[i] = ContainedFile.Check(files[i].Path, contentRoot, "content", DiagnosticCodes.ContentOutsideFolder, diagnostics)
                ? reader.Read(files[i].Code, files[i].Path, diagnostics)
                : null);
        var articles = read.OfType<Article>().ToList();
        var leaflets = articles
            .GroupBy(a => a.Slug, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LeafletEntry(g.Key, g.OrderBy(a => a.LanguageCode, StringComparer.Ordinal).ToList()))
            .ToList();
        return new Site(configuration, languages, leaflets);
    }

    private static List<Language> ReadLanguages(string contentRoot, DiagnosticBag diagnostics)
    {
        var folders = Directory.EnumerateDirectories(contentRoot).Order(StringComparer.Ordinal).ToList();
        foreach (var folder in folders.Where(IsArticleFolderWithoutLanguage)) ReportMissingLanguageFile(folder, diagnostics);
        return folders
            .Where(dir => File.Exists(Path.Combine(dir, LanguageReader.FileName)))
            .Select(dir => ReadLanguage(contentRoot, dir, diagnostics))
            .OfType<Language>()
            .ToList();
    }

    /// <summary>
    /// A folder holding articles but no _language.yaml would otherwise be skipped, its articles never
    /// published. Folders of pictures or fonts hold no .md file; the shared picture folder (which may hold a
    /// note about its pictures) and a hidden folder (an editor's) are nobody's language.
    /// </summary>
    private static bool IsArticleFolderWithoutLanguage(string folder) =>
        !Path.GetFileName(folder).StartsWith('.')
        && Path.GetFileName(folder) != PictureResolver.ImagesFolder
        && !File.Exists(Path.Combine(folder, LanguageReader.FileName))
        && Directory.EnumerateFiles(folder, "*.md").Any();

    private static void ReportMissingLanguageFile(string folder, DiagnosticBag diagnostics)
    {
        var articles = Directory.EnumerateFiles(folder, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var named = string.Join(", ", articles.Take(3)) + (articles.Count > 3 ? $" and {articles.Count - 3} more" : "");
        var display = DisplayPath.Of(folder);
        diagnostics.Add(Diagnostic.Of(DiagnosticCodes.LanguageFileMissing, display, 0, 0,
            $"the folder holds {(articles.Count == 1 ? "an article" : "articles")} ({named}) but no {LanguageReader.FileName}, so it is not a language and nothing in it is built; " +
            $"add {display}/{LanguageReader.FileName} (copy one from another language folder), or move the articles into a language folder"));
    }

    private static Language? ReadLanguage(string contentRoot, string folder, DiagnosticBag diagnostics)
    {
        var code = Path.GetFileName(folder);
        var file = Path.Combine(folder, LanguageReader.FileName);
        if (!ContainedFile.Check(file, contentRoot, "content", DiagnosticCodes.ContentOutsideFolder, diagnostics)) return null;
        if (!LanguageCode().IsMatch(code))
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.LanguageInvalid, DisplayPath.Of(file), 0, 0,
                $"the folder name '{code}' must be a language code such as the two-letter ISO 639-1 code, optionally with a region (xx or xx-yy), lower case"));
            return null;
        }
        return LanguageReader.Read(code, file, DisplayPath.Of(file), diagnostics);
    }

    /// <summary>
    /// Article files in name order, so every machine reads them alike; the file name is the URL slug.
    /// Whether each stays inside content/ once links are followed is for the caller to check.
    /// </summary>
    private static IEnumerable<string> ArticlePaths(string contentRoot, string languageCode, DiagnosticBag diagnostics)
    {
        foreach (var path in Directory.EnumerateFiles(Path.Combine(contentRoot, languageCode), "*.md").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileNameWithoutExtension(path);
            if (Slug().IsMatch(slug))
            {
                yield return path;
                continue;
            }
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.FileNameNotUrl, DisplayPath.Of(path), 0, 0,
                $"the file name '{slug}' becomes the page's address: use lower-case Latin letters, digits and hyphens (for example red-dots-on-the-body.md)"));
        }
    }

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})?$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
