using System.Text;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Validation;

namespace Leaflet.Cli;

/// <summary>
/// <c>leaflet translated FILE</c>: records in a translation's front matter the state of the source
/// article it now matches, so the build can tell when the source changes later.
/// </summary>
public static class TranslatedCommand
{
    private static readonly IReadOnlySet<string> ValueOptions = new HashSet<string> { "--content" };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var line = CommandLine.Parse(args, ValueOptions, new HashSet<string>());
        if (line.Error is not null) return Usage.Fail(error, line.Error);
        if (line.Positional.Count != 1) return Usage.Fail(error, "name one translated article, e.g. content/xx/leaflet.md");

        var contentRoot = line.Value("--content") ?? "content";
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(contentRoot, null, new HashSet<string>(), diagnostics);
        var path = Path.GetFullPath(line.Positional[0]);
        var article = site?.Leaflets.SelectMany(l => l.Translations)
            .FirstOrDefault(a => Path.GetFullPath(a.SourcePath) == path);
        var source = article is null ? null : site!.Leaflets.First(l => l.Slug == article.Slug).In(site.Configuration.DefaultLanguage);

        if (site is not null && article is null)
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.NotATranslation, DisplayPath.Of(path), 0, 0, "this file is not an article under the content folder"));
        else if (article is not null && (source is null || source == article))
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.NotATranslation, article.SourcePath, 0, 0,
                "this article is not a translation: it is in the default language, or the default language has no article of that name"));
        foreach (var diagnostic in diagnostics.ToSortedList()) error.WriteLine(diagnostic);
        if (diagnostics.HasErrors || article is null || source is null) return 1;

        var text = File.ReadAllText(path, Encoding.UTF8);
        var bom = File.ReadAllBytes(path).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF });
        File.WriteAllText(path, TranslationRecordWriter.Write(text, SectionHashes.Of(source)), new UTF8Encoding(bom));
        output.WriteLine($"{article.SourcePath}: recorded as translated from {source.SourcePath} as it is now");
        return 0;
    }
}
