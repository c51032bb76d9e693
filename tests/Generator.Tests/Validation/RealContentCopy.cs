using Leaflet.Diagnostics;
using Leaflet.Tests.Support;
using ContentSite = Leaflet.Content.Site;

namespace Leaflet.Tests.Validation;

/// <summary>
/// The rule tests start from a copy of the real content/ and change one thing in it, so each rule
/// is seen failing on a leaflet a clinic really writes, and passing on the same leaflet untouched.
/// </summary>
public static class RealContentCopy
{
    public const string Slug = "red-dots-on-the-body";

    public const string English = "en/" + Slug + ".md";

    public const string Russian = "ru/" + Slug + ".md";

    /// <summary>A copy of content/ with the real templates, or a copy of them a test may break.</summary>
    public static SiteWorkspace Create(bool copyTemplates = false) => SiteWorkspace.FromRealContent(copyTemplates);

    /// <summary>
    /// Builds without PDFs (the rules are checked before the PDF stage) and fails the test if the
    /// build throws: a mistake in the content is a diagnostic, never an exception.
    /// </summary>
    public static BuiltSite BuildSafely(this SiteWorkspace workspace, bool strict = false)
    {
        BuiltSite? site = null;
        var thrown = Record.Exception(() => site = workspace.Build(strict: strict, noPdf: true));
        Assert.True(thrown is null, $"the build threw instead of reporting the mistake: {thrown}");
        return site!;
    }

    /// <summary>Replaces one exact piece of a content file, failing if it is not there exactly once.</summary>
    public static string Change(this SiteWorkspace workspace, string relative, string before, string after)
    {
        var text = workspace.ReadContent(relative);
        var at = text.IndexOf(before, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{before}' is not in {relative}");
        Assert.True(text.IndexOf(before, at + 1, StringComparison.Ordinal) < 0, $"'{before}' is in {relative} more than once");
        var changed = text[..at] + after + text[(at + before.Length)..];
        workspace.WriteContent(relative, changed);
        return changed;
    }

    /// <summary>The path of a file under the workspace's content folder.</summary>
    public static string PathOf(this SiteWorkspace workspace, string relative) =>
        Path.Combine([workspace.ContentRoot, .. relative.Split('/')]);

    /// <summary>The diagnostics with one code, printed as the build prints them.</summary>
    public static IReadOnlyList<string> PrintedWith(this BuiltSite site, string code) =>
        site.Result.Diagnostics.Where(d => d.Code == code).Select(d => d.ToString()).ToList();

    /// <summary>Reads a content folder into the site model the way the build does, without templates.</summary>
    public static (ContentSite? Site, IReadOnlyList<Diagnostic> Diagnostics) Load(string contentRoot)
    {
        var diagnostics = new DiagnosticBag();
        ContentSite? site = null;
        var pipeline = new Leaflet.Pipeline.SitePipeline(new Leaflet.Pipeline.PipelineOptions { ContentRoot = contentRoot, TemplatesRoot = Repository.Templates });
        var thrown = Record.Exception(() => site = pipeline.Load(null, diagnostics));
        Assert.True(thrown is null, $"loading the content threw: {thrown}");
        return (site, diagnostics.ToSortedList());
    }

    /// <summary>The 1-based line of the first line of a file's text that starts with the given text.</summary>
    public static int LineStarting(string text, string start)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line starts with '{start}'");
        return index + 1;
    }
}
