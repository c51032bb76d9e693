using System.Diagnostics;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Fuzz;

/// <summary>Inputs the fuzzer found to break the PDF stage, each now printed or reported.</summary>
public sealed class FoundByFuzzingPdfTests
{
    [Theory]
    [InlineData("\\uFFFF", false)]
    [InlineData("\\u0001", true)]
    public void A_title_with_a_character_xml_cannot_hold_does_not_break_the_pdf_metadata(string escape, bool drawable)
    {
        // Case 88 of seed 20261125: U+FFFF in a title made the XMP writer throw inside the PDF stage.
        // U+FFFF is not in the fonts (LF4001); a control character draws as nothing and the site is published.
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("en/sun-safety.md", workspace.ReadContent("en/sun-safety.md").Replace("title: Sun safety", $"title: \"Sun {escape} safety\""));

        var site = FoundCases.BuildOnSmallStack(workspace, noPdf: false);

        Assert.Equal(drawable, site.Result.Published);
        if (drawable) Assert.True(site.Exists("en/sun-safety/sun-safety-en.pdf"));
        else Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF4001" && d.File.EndsWith("en/sun-safety.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Callouts_nested_thirty_deep_print_on_a_few_pages_not_thousands()
    {
        // Case 1291 of seed 7: nested callouts whose indents and padding, unchecked, take room from each
        // other until a line holds one letter. Past a third of the column they stop.
        var text = new System.Text.StringBuilder(FoundCases.FrontMatter + "---\n\n");
        const int depth = 30;
        for (var level = 0; level < depth; level++)
            text.Append(new string(':', 3 + depth - level)).Append(" callout\n").Append($"Words on level {level}, enough of them to wrap a line or two of the column. \n\n");
        for (var level = depth - 1; level >= 0; level--) text.Append(new string(':', 3 + depth - level)).Append('\n');
        text.Append('\n').Append(string.Concat(Enumerable.Range(0, depth).Select(level => new string(' ', 2 * level) + $"- item {level} of a deep list with some words\n")));
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("en/deep.md", text.ToString());
        var clock = Stopwatch.StartNew();

        var site = FoundCases.BuildOnSmallStack(workspace, noPdf: false);

        Assert.True(site.Result.Published, site.Printed);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(site.Bytes("en/deep/deep-en-large-print.pdf"));
        Assert.InRange(pdf.NumberOfPages, 1, 12);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the build took {clock.Elapsed}");
    }
}
