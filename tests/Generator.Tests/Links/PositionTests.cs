using Leaflet.Diagnostics;
using Leaflet.Links;

namespace Leaflet.Tests.Links;

/// <summary>Line and column point at the element holding the link, whatever the page's shape.</summary>
public sealed class PositionTests
{
    [Fact]
    public void Columns_past_the_parser_16_bit_limit_are_still_exact()
    {
        var padding = new string('x', 70_000);
        using var site = new TempSite().With("index.html", $"<!doctype html><html lang=en><body>\n<p>{padding}<a href=\"missing.html\">m</a></p></body></html>");

        var report = new LinkChecker(new LinkCheckOptions()).Check(site.Root);

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal((2, 70_004), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Windows_and_old_Mac_line_breaks_count_as_one_line_each()
    {
        using var site = new TempSite().With("index.html", "<!doctype html>\r\n<html>\r\n<body>\r<p>\n  <a href=\"missing.html\">m</a></p></body></html>");

        var report = new LinkChecker(new LinkCheckOptions()).Check(site.Root);

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal((5, 3), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void An_element_the_parser_reopened_is_placed_at_the_tag_it_copies()
    {
        // The misnested </b> makes the parser reopen the b element, id and all, in the second paragraph.
        using var site = new TempSite().With("index.html", "<!doctype html><html><body>\n<div>\n<p><b id=\"bold\">one\n<p>two</b></p></div></body></html>");

        var report = new LinkChecker(new LinkCheckOptions()).Check(site.Root);

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal(DiagnosticCodes.DuplicateId.Id, diagnostic.Code);
        Assert.Equal((3, 4), (diagnostic.Line, diagnostic.Column));
    }
}
