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

    /// <summary>The diagnostics with one code at one file (named by the end of its path), printed.</summary>
    public static IReadOnlyList<string> PrintedWith(this BuiltSite site, string code, string fileEnd) =>
        site.Result.Diagnostics.Where(d => d.Code == code && d.File.Replace('\\', '/').EndsWith(fileEnd, StringComparison.Ordinal))
            .Select(d => d.ToString()).ToList();

    /// <summary>
    /// One diagnostic with this code at each of the files and none elsewhere, printed in the order of
    /// the files: a change to the source reaches every translation of it alike.
    /// </summary>
    public static IReadOnlyList<Printed> PrintedAtEach(this BuiltSite site, string code, IReadOnlyList<string> files)
    {
        var all = site.PrintedWith(code);
        Assert.True(all.Count == files.Count && files.All(f => site.PrintedWith(code, f).Count == 1),
            $"expected one {code} at each of {string.Join(", ", files)}, got:\n{string.Join("\n", all)}");
        return files.Select(f => Printed.Parse(site.PrintedWith(code, f)[0])).ToList();
    }

    /// <summary>The real leaflet in each language of the workspace that has it, as "content/&lt;code&gt;/red-dots-on-the-body.md", in the order of the language codes.</summary>
    public static IReadOnlyList<string> RealArticles(this SiteWorkspace workspace)
    {
        var content = ContentInfo.Read(workspace.ContentRoot);
        return content.Languages.Where(l => content.Slugs[l.Code].Contains(Slug)).Select(l => $"content/{l.Code}/{Slug}.md").ToList();
    }

    /// <summary>The real leaflet's translations: <see cref="RealArticles"/> without the default language's.</summary>
    public static IReadOnlyList<string> RealTranslations(this SiteWorkspace workspace)
    {
        var source = $"content/{ContentInfo.Read(workspace.ContentRoot).DefaultLanguage}/{Slug}.md";
        return workspace.RealArticles().Where(a => a != source).ToList();
    }

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
