using Leaflet.Cli;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Content;

/// <summary>Raw HTML in a leaflet is an error pointing at its file and line, unless the site configuration allows it.</summary>
public sealed class RawHtmlTests
{
    private const string Body = """
        A paragraph before the raw HTML.

        <div class="note">A raw block</div>

        A sentence with <b>inline</b> markup.
        """;

    [Fact]
    public void A_raw_html_block_and_a_raw_inline_tag_are_each_an_error_at_their_line_and_column()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = Leaflets.Text(Body);
        workspace.WriteContent("en/raw.md", text);

        var site = workspace.Build();

        Assert.False(site.Result.Published);
        var errors = site.Result.Diagnostics.Where(d => d.Code == "LF1008").Select(d => Printed.Parse(d.ToString())).ToList();
        // The closing </b> may be reported too; the opening tag and the block must be.
        Assert.InRange(errors.Count, 2, 3);
        var (blockLine, blockColumn) = TextPosition.Of(text, "<div");
        var (inlineLine, inlineColumn) = TextPosition.Of(text, "<b>");
        Assert.Contains(errors, e => e.Path.EndsWith("content/en/raw.md") && e.Severity == "error" && e.Line == blockLine && e.Column == blockColumn);
        Assert.Contains(errors, e => e.Path.EndsWith("content/en/raw.md") && e.Severity == "error" && e.Line == inlineLine && e.Column == inlineColumn);
        Assert.All(errors, e => Assert.Contains("allow_raw_html", e.Message));
    }

    [Fact]
    public void The_command_prints_the_error_exits_with_1_and_writes_no_output()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("en/raw.md", Leaflets.Text(Body));
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = BuildCommand.Run(
            ["--content", workspace.ContentRoot, "--templates", workspace.TemplatesRoot, "--output", workspace.OutputRoot],
            output, error, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Matches(@"content/en/raw\.md\(\d+,\d+\): error LF1008: ", error.ToString());
        Assert.False(Directory.Exists(workspace.OutputRoot), "a failed build created the output folder");
        // The lock file beside output/ stays, empty of any site, as every build leaves it.
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(workspace.Temp.Path),
            p => Path.GetFileName(p).StartsWith(".output", StringComparison.Ordinal) && Path.GetFileName(p) != ".output.lock");
    }

    [Fact]
    public void With_allow_raw_html_the_markup_is_published_as_written()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("_site.yaml", workspace.ReadContent("_site.yaml").Replace("allow_raw_html: false", "allow_raw_html: true"));
        workspace.WriteContent("en/raw.md", Leaflets.Text(Body));

        var site = workspace.Build().AssertPublished();

        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == "LF1008");
        var page = site.Page("en/raw/index.html");
        Assert.Equal("A raw block", page.QuerySelector(".leaflet-body div.note")?.TextContent);
        Assert.Equal("inline", page.QuerySelector(".leaflet-body b")?.TextContent);
    }
}
