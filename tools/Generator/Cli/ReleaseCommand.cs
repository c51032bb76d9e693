using System.Text;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Validation;

namespace Leaflet.Cli;

/// <summary>
/// <c>leaflet release FILE</c>: records in an article's front matter its version and a hash of its text
/// (<c>released:</c>), so the build can warn when the text changes later while the version does not.
/// </summary>
public static class ReleaseCommand
{
    private static readonly IReadOnlySet<string> ValueOptions = new HashSet<string> { "--content" };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var line = CommandLine.Parse(args, ValueOptions, new HashSet<string>());
        if (line.Error is not null) return Usage.Fail(error, line.Error);
        if (line.Positional.Count != 1) return Usage.Fail(error, "name one article, e.g. content/<language>/leaflet.md");

        var contentRoot = line.Value("--content") ?? "content";
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(contentRoot, null, new HashSet<string>(), diagnostics);
        var path = Path.GetFullPath(line.Positional[0]);
        var article = site?.Leaflets.SelectMany(l => l.Translations).FirstOrDefault(a => Path.GetFullPath(a.SourcePath) == path);
        if (site is not null && article is null)
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.NotAnArticle, DisplayPath.Of(path), 0, 0, "this file is not an article under the content folder"));
        else if (article is { FrontMatter.Version: null })
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.NotAnArticle, article.SourcePath, 1, 1,
                "the article has no version to release; add one such as 'version: 1.0' to its front matter"));
        foreach (var diagnostic in diagnostics.ToSortedList()) error.WriteLine(diagnostic);
        if (diagnostics.HasErrors || article?.FrontMatter.Version is not { } version) return 1;

        var block = $"{FrontMatterReader.ReleasedKey}:\n  version: {FrontMatterBlock.Quote(version)}\n  hash: {ReleaseHash.Of(article)}";
        var text = File.ReadAllText(path, Encoding.UTF8);
        var bom = File.ReadAllBytes(path).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF });
        File.WriteAllText(path, FrontMatterBlock.Replace(text, FrontMatterReader.ReleasedKey, block), new UTF8Encoding(bom));
        output.WriteLine($"{article.SourcePath}: recorded as released, version {version}");
        return 0;
    }
}
