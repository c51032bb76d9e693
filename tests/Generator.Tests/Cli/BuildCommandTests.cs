using System.Text.RegularExpressions;
using Leaflet.Cli;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Cli;

/// <summary><c>leaflet build</c>: exit code 0 clean, 1 errors in the content, 2 wrong usage; diagnostics on stderr, a summary on stdout.</summary>
public sealed partial class BuildCommandTests
{
    private sealed record Run(int Exit, string Output, string Error);

    private static Run Build(SiteWorkspace workspace, params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["--content", workspace.ContentRoot, "--templates", workspace.TemplatesRoot, "--output", workspace.OutputRoot, .. extra];
        var exit = BuildCommand.Run(args, output, error, CancellationToken.None);
        return new Run(exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_clean_build_exits_with_0_and_prints_a_summary_of_languages_leaflets_pages_and_time()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");

        var run = Build(workspace);

        Assert.True(run.Exit == 0, run.Error);
        Assert.DoesNotContain(": error ", run.Error);
        var summary = run.Output.Trim().Split('\n').Last();
        var match = Summary().Match(summary);
        Assert.True(match.Success, $"unexpected summary line: '{summary}'");
        Assert.Equal("2", match.Groups["languages"].Value);
        Assert.Equal("2", match.Groups["leaflets"].Value);
        Assert.Equal(new BuiltSite(null!, workspace.OutputRoot).HtmlPages.Count.ToString(), match.Groups["pages"].Value);
        Assert.True(File.Exists(Path.Combine(workspace.OutputRoot, "index.html")));
    }

    [Fact]
    public void The_summary_says_1_language_1_leaflet_and_0_errors_in_the_singular_and_plural_as_English_does()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        Directory.Delete(Path.Combine(workspace.ContentRoot, "ru"), recursive: true);
        workspace.DeleteContent("en/sun-safety.md");

        var run = Build(workspace, "--no-pdf");

        Assert.True(run.Exit == 0, run.Error);
        var summary = run.Output.Trim().Split('\n').Last();
        Assert.StartsWith("Built 1 language, 1 leaflet, 4 pages, 0 errors, ", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0 leaflets")]
    [InlineData(1, "1 leaflet")]
    [InlineData(2, "2 leaflets")]
    [InlineData(11, "11 leaflets")]
    public void A_count_takes_the_singular_only_for_exactly_one(int count, string expected) =>
        Assert.Equal(expected, Counted.Of(count, "leaflet"));

    [Fact]
    public void A_build_with_content_errors_exits_with_1_prints_each_error_and_says_the_output_was_left_alone()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("en/bad.md", "no front matter\n");

        var run = Build(workspace);

        Assert.Equal(1, run.Exit);
        Assert.Matches(@"content/en/bad\.md\(1,1\): error LF1003: ", run.Error);
        Assert.Contains("failed", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"\b1 errors?\b", run.Output);
        Assert.False(Directory.Exists(workspace.OutputRoot));
    }

    [Fact]
    public void Warnings_alone_still_exit_with_0_and_are_printed()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("en/sun-safety.md", workspace.ReadContent("en/sun-safety.md").Replace("title: Sun safety", "title: Sun safety\nsubtitel: Shade"));

        var run = Build(workspace);

        Assert.Equal(0, run.Exit);
        Assert.Matches(@"content/en/sun-safety\.md\(\d+,\d+\): warning LF1005: ", run.Error);
    }

    [Fact]
    public void Strict_turns_warnings_into_a_failed_build()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("en/sun-safety.md", workspace.ReadContent("en/sun-safety.md").Replace("title: Sun safety", "title: Sun safety\nsubtitel: Shade"));

        var run = Build(workspace, "--strict");

        Assert.Equal(1, run.Exit);
        Assert.False(Directory.Exists(workspace.OutputRoot));
    }

    [Theory]
    [InlineData("--ouput", "elsewhere")]
    [InlineData("--colour")]
    [InlineData("stray-argument")]
    [InlineData("--base-url")]
    public void Wrong_usage_exits_with_2_and_prints_the_usage(params string[] extra)
    {
        using var workspace = SiteWorkspace.FromFixture("basic");

        var run = Build(workspace, extra);

        Assert.Equal(2, run.Exit);
        Assert.Contains("error LF9001", run.Error);
        Assert.Contains("leaflet build", run.Error);
        Assert.False(Directory.Exists(workspace.OutputRoot));
    }

    [Theory]
    [InlineData("ftp://example.org/")]
    [InlineData("example.org")]
    [InlineData("not a url")]
    [InlineData("https://example.org/?q=1")]
    public void A_base_url_that_is_not_an_absolute_http_url_is_wrong_usage(string baseUrl)
    {
        using var workspace = SiteWorkspace.FromFixture("basic");

        var run = Build(workspace, "--base-url", baseUrl);

        Assert.Equal(2, run.Exit);
        Assert.Contains("--base-url", run.Error);
        Assert.False(Directory.Exists(workspace.OutputRoot));
    }

    [Fact]
    public void A_missing_content_folder_is_reported_not_thrown()
    {
        using var temp = new TempFolder();
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = BuildCommand.Run(["--content", temp.Combine("nowhere"), "--templates", Repository.Templates, "--output", temp.Combine("output")],
            output, error, CancellationToken.None);

        Assert.NotEqual(0, exit);
        Assert.Contains("LF9002", error.ToString());
    }

    [GeneratedRegex(@"^Built (?<languages>\d+) languages?, (?<leaflets>\d+) leaflets?, (?<pages>\d+) pages?, 0 errors?, \d+ warnings? in \d+\.\d+ s")]
    private static partial Regex Summary();
}
