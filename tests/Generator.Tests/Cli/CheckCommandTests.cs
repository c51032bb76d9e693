using System.Text.RegularExpressions;
using Leaflet.Cli;
using Leaflet.Tests.Links;

namespace Leaflet.Tests.Cli;

/// <summary><c>leaflet check DIR [--base-url URL] [--external] [--strict]</c>: exit codes and what it prints.</summary>
public sealed partial class CheckCommandTests
{
    private static (int Code, string[] Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CheckCommand.Run(args, output, error);
        return (code, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    [Fact]
    public void A_clean_site_exits_0_with_only_the_summary()
    {
        var (code, output, error) = Run(FixtureSites.Site("base-url"));

        Assert.Equal(0, code);
        Assert.Matches(Summary(), Assert.Single(output));
        Assert.StartsWith("2 pages, 9 links, 0 errors, 0 warnings in ", output[0]);
        Assert.Empty(error);
    }

    [Fact]
    public void Broken_links_exit_1_one_line_each_starting_with_the_page_and_position()
    {
        var (code, output, _) = Run(FixtureSites.Site("folders"));

        Assert.Equal(1, code);
        Assert.Equal(
        [
            "index.html(13,4): error LF3004: link 'without-index/' points to folder 'without-index/', which has no index.html",
            "index.html(14,1): error LF3004: link 'without-index' points to folder 'without-index', which has no index.html",
            "index.html(15,1): error LF3002: link 'no-such-folder/' points to 'no-such-folder/', which is not in the site",
        ], output[..^1]);
        Assert.StartsWith("2 pages, 10 links, 3 errors, 0 warnings in ", output[^1]);
        Assert.Matches(Summary(), output[^1]);
    }

    [Fact]
    public void The_base_url_makes_absolute_links_to_the_site_internal()
    {
        var (code, output, _) = Run(FixtureSites.Site("base-url"), "--base-url", "https://example.org/leaflets/");

        Assert.Equal(1, code);
        Assert.Contains(output, line => line.Contains("LF3002") && line.Contains("en/missing/"));
    }

    [Fact]
    public void Warnings_pass_unless_strict()
    {
        Assert.Equal(0, Run(FixtureSites.Site("page-warnings")).Code);
        Assert.Equal(1, Run(FixtureSites.Site("page-warnings"), "--strict").Code);
        Assert.Equal(1, Run("--strict", FixtureSites.Site("page-warnings")).Code);
    }

    [Theory]
    [InlineData(new string[0], "no folder to check")]
    [InlineData(new[] { "a", "b" }, "unexpected argument 'b'")]
    [InlineData(new[] { "--fast", "." }, "unknown option '--fast'")]
    [InlineData(new[] { "no-such-folder-anywhere" }, "'no-such-folder-anywhere' is not a folder")]
    [InlineData(new[] { ".", "--base-url" }, "--base-url needs a URL")]
    [InlineData(new[] { ".", "--base-url", "example.org" }, "--base-url 'example.org' is not an absolute http(s) URL")]
    [InlineData(new[] { ".", "--base-url", "ftp://example.org/" }, "--base-url 'ftp://example.org/' is not an absolute http(s) URL")]
    public void Wrong_usage_exits_2_and_explains_on_the_error_writer(string[] args, string problem)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"leaflet check: {problem}", error);
        Assert.Contains("usage: leaflet check DIR [--base-url URL] [--external] [--strict]", error);
    }

    [Fact]
    public void A_file_is_not_a_folder()
    {
        var file = Path.Combine(FixtureSites.Site("files"), "style.css");

        Assert.Equal(2, Run(file).Code);
    }

    [GeneratedRegex(@"^\d+ pages?, \d+ links?, \d+ errors?, \d+ warnings? in \d+\.\d\d s$")]
    private static partial Regex Summary();
}
