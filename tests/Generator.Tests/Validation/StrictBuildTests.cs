using Leaflet.Cli;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Validation;

/// <summary>
/// Issue 7: <c>--strict</c> turns warnings into a failed build (exit code 1) for the users' own CI,
/// and a failed build leaves the site published before it exactly as it was.
/// </summary>
public sealed class StrictBuildTests
{
    private sealed record Run(int Exit, string Output, string Error);

    private static Run Build(SiteWorkspace workspace, params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = -1;
        string[] args = ["--content", workspace.ContentRoot, "--templates", workspace.TemplatesRoot, "--output", workspace.OutputRoot, "--no-pdf", .. extra];
        var thrown = Record.Exception(() => exit = BuildCommand.Run(args, output, error, CancellationToken.None));
        Assert.True(thrown is null, $"the build threw: {thrown}");
        return new Run(exit, output.ToString(), error.ToString());
    }

    /// <summary>
    /// A copy of the real content whose review dates lie far ahead, so it is clean whatever the day, and whose
    /// clinical questions a reviewer has closed. Its plain-language checks stay on: every real leaflet meets
    /// its language's limits.
    /// </summary>
    private static SiteWorkspace CleanContent()
    {
        var workspace = RealContentCopy.Create();
        workspace.Change(RealContentCopy.English, "next_review: 2027-11-24", "next_review: 2099-11-24");
        workspace.Change(RealContentCopy.Russian, "next_review: 2027-11-24", "next_review: 2099-11-24");
        var english = workspace.ReadContent(RealContentCopy.English);
        workspace.WriteContent(RealContentCopy.English, english.Replace(
            "    status: open\n",
            "    status: closed\n    closed_by: A. Reviewer\n    closed_on: 2026-12-01\n    decision: Kept as written.\n",
            StringComparison.Ordinal));
        return workspace;
    }

    [Fact]
    public void A_clean_site_builds_under_strict()
    {
        using var workspace = CleanContent();

        var run = Build(workspace, "--strict");

        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal("", run.Error);
        Assert.True(File.Exists(Path.Combine(workspace.OutputRoot, "index.html")));
    }

    [Theory]
    [InlineData("title: Мелкие красные точки на теле", "title: Мелкие красные точки на теле\ntitel: опечатка", "LF1005")]
    [InlineData("next_review: 2099-11-24", "next_review: 2020-11-24", "LF1020")]
    [InlineData("\n3. Если есть риск случайно сильно повредить родинку.", "", "LF2101")]
    public void A_warning_under_strict_fails_the_build_with_exit_1_and_leaves_the_earlier_site_untouched(string before, string after, string code)
    {
        using var workspace = CleanContent();
        Assert.Equal(0, Build(workspace).Exit);
        var published = FolderSnapshot.Of(workspace.OutputRoot);
        workspace.Change(RealContentCopy.Russian, before, after);

        var run = Build(workspace, "--strict");

        Assert.Equal(1, run.Exit);
        var printed = Printed.Parse(Assert.Single(run.Error.Trim().Split('\n')));
        Assert.Equal(code, printed.Code);
        Assert.EndsWith("content/" + RealContentCopy.Russian, printed.Path);
        Assert.StartsWith("Build failed", run.Output);
        FolderSnapshot.Of(workspace.OutputRoot).AssertSameAs(published);
        // .output.lock, beside output/, is the lock one build at a time holds; it holds no part of the site.
        Assert.Equal([".output.lock", "content", "output"], Directory.EnumerateFileSystemEntries(workspace.Temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_warning_without_strict_is_printed_and_the_site_is_published()
    {
        using var workspace = CleanContent();
        Assert.Equal(0, Build(workspace).Exit);
        var text = workspace.Change(RealContentCopy.Russian, "title: Мелкие красные точки на теле", "title: Мелкие красные точки на коже\ntitel: опечатка");

        var run = Build(workspace);

        Assert.Equal(0, run.Exit);
        var (line, column) = TextPosition.Of(text, "titel");
        var printed = Printed.Parse(Assert.Single(run.Error.Trim().Split('\n')));
        Assert.Equal(("warning", "LF1005", line, column), (printed.Severity, printed.Code, printed.Line, printed.Column));
        Assert.StartsWith("Built", run.Output);
        var page = File.ReadAllText(Path.Combine(workspace.OutputRoot, "ru", RealContentCopy.Slug, "index.html"));
        Assert.Contains("Мелкие красные точки на коже", page);
    }
}
