using Leaflet.Tests.Support;

namespace Leaflet.Tests.Links;

/// <summary>
/// The strict scanner reads the build's own pages without AngleSharp; on every page it accepts it must
/// find what AngleSharp's parse finds, and it must decline every page whose document is not its tags in
/// source order.
/// </summary>
public sealed class StrictPageScannerTests(BasicSiteFixture fixture) : IClassFixture<BasicSiteFixture>
{
    private const string Page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>t</title>\n</head>\n<body>\n{0}\n</body>\n</html>\n";

    [Fact]
    public void Every_page_the_templates_write_is_accepted_and_read_as_the_parser_reads_it()
    {
        fixture.Site.AssertPublished();
        Assert.NotEmpty(fixture.Site.HtmlPages);
        foreach (var page in fixture.Site.HtmlPages)
            Assert.True(ScannedPages.AssertAgreeWhenAccepted(fixture.Site.Text(page)), $"{page} was declined");
    }

    [Fact]
    public void The_golden_pages_are_accepted_and_read_as_the_parser_reads_them()
    {
        var pages = Directory.EnumerateFiles(Repository.Golden("basic"), "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
            Assert.True(ScannedPages.AssertAgreeWhenAccepted(File.ReadAllText(page)), $"{page} was declined");
    }

    [Fact]
    public void On_the_link_checker_fixtures_it_agrees_with_the_parser_wherever_it_accepts()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Links"), "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages) ScannedPages.AssertAgreeWhenAccepted(File.ReadAllText(page));
    }

    [Theory]
    [InlineData("<p><a href=\"a.html\" id=\"x\">one</a> <a HREF='b.html' ID=x>two</a></p>")]
    [InlineData("<p><a href=\"?a=1&amp;b=2&#38;c=&#x33;&quot;&lt;&gt;&apos;&#1078;\">entities</a></p>")]
    [InlineData("<DIV ID=\"Upper\"><A HREF=\"upper.html\">upper</A></DIV>")]
    [InlineData("<img src=\"a.png\"><img src=\"b.png\" alt=\"\"/><img class=\"x\"><img srcset=\"a.png 1x, b,c.png 2x\" alt>")]
    [InlineData("<a href=\"one.html\" href=\"two.html\" id=\"d\" id=\"e\">first of each</a><a name=\"anchor\">n</a>")]
    [InlineData("<script src=\"s.js\">if (a < b && c) document.write('</p><a href=x>');</script><style>a > b {}</style>")]
    [InlineData("<textarea><a href=\"not-a-link.html\"></textarea><iframe src=\"f.html\"><a href=x></iframe>")]
    [InlineData("<!-- <a href=\"commented.html\"> --><p>a < b, 1 <2, <3 & x</p><!---->")]
    [InlineData("<ul><li><p>loose</p><ul><li>nested</li></ul></li></ul><dl><dt>t</dt><dd>d</dd></dl>")]
    [InlineData("<p><b><i><a href=\"deep.html\">deep</a></i></b></p><div><div><p>x</p></div></div><br/><hr />")]
    [InlineData("<link rel=\"Alternate stylesheet\" hreflang=\"ru\" href=\"ru/\"><a href=ru/ hreflang=ru>ru</a><base href=\"/sub/\"><base href=\"/other/\">")]
    [InlineData("<video src=\"v.mp4\" poster=\"p.jpg\"></video><object data=\"o.svg\"></object><audio src=a.ogg></audio><source src=s.mp4>")]
    [InlineData("<custom-element id=\"c\" data-x='1'><span id=\"c\">dup</span></custom-element>")]
    [InlineData("<a href=\"a\u0001b\u007Fc\u0085d\u2028e\uFFFDf.html\" id=\"x\u00A0y\">controls and odd spaces</a>")]
    public void A_page_in_the_strict_subset_is_accepted_and_read_as_the_parser_reads_it(string body)
    {
        Assert.True(ScannedPages.AssertAgreeWhenAccepted(string.Format(Page, body)), "the page was declined");
    }

    [Theory]
    [InlineData("<p><b id=\"bold\">one<p>two</b></p>")] // misnested: the parser copies b, id and all
    [InlineData("<p><b>x</p></b>")]
    [InlineData("<a href=\"a.html\"><div><a href=\"b.html\">b</a></div></a>")] // nested a
    [InlineData("<p><div id=\"d\">x</div></p>")] // div closes p; </p> then makes an empty one
    [InlineData("<table><a href=\"moved.html\">m</a><tr><td>x</td></tr></table>")] // moved out of the table
    [InlineData("<li><div><li>x</li></div></li>")]
    [InlineData("<h2><h3>x</h3></h2>")]
    [InlineData("<select><a href=\"dropped.html\">d</a></select>")]
    [InlineData("<template><a href=\"inert.html\">i</a></template>")]
    [InlineData("<svg><a href=\"s.html\">s</a></svg>")]
    [InlineData("<body id=\"second\"><p>x</p>")]
    [InlineData("<div/><a href=\"a.html\">a</a>")] // self-closing is ignored on a div
    [InlineData("<image src=\"renamed.png\">")]
    [InlineData("<p>unclosed")]
    [InlineData("<a href=\"?a=1&b=2\">bare ampersand</a>")]
    [InlineData("<a href=\"&nbsp;\">other entity</a>")]
    [InlineData("<a href=\"&#128;\">replaced number</a>")]
    [InlineData("<a href=x title=\"a\"b>missing space</a>")]
    [InlineData("<!--> abrupt comment <a href=\"a.html\">")]
    [InlineData("<script><!--<script></script>x</script>")]
    [InlineData("<? processing instruction ?>")]
    [InlineData("<p>x</P></p>")]
    [InlineData("<p>line\r\nbreak</p>")]
    public void A_page_outside_the_strict_subset_is_declined(string body)
    {
        Assert.Null(ScannedPages.Strict(string.Format(Page, body)));
    }

    [Theory]
    [InlineData("<p>no html, head or body</p>")]
    [InlineData("<!DOCTYPE html><html><body><p>no head</p></body></html>")]
    [InlineData("<!DOCTYPE html><html><head><p>in head</p></head><body></body></html>")]
    [InlineData("<!DOCTYPE html><html><head></head>text<body></body></html>")]
    [InlineData("<!DOCTYPE html><html><head></head><body></body></html><p>after</p>")]
    [InlineData("<!DOCTYPE html><html><head></head><body><p>x</p></body><!DOCTYPE html></html>")]
    public void A_page_without_explicit_html_head_and_body_in_order_is_declined(string html)
    {
        Assert.Null(ScannedPages.Strict(html));
    }
}

/// <summary>Thousands of random pages: the strict scanner may decline any, but must agree with the parser on each it accepts.</summary>
public sealed class StrictPageScannerRandomTests
{
    [Fact]
    public void On_random_pages_it_agrees_with_the_parser_wherever_it_accepts()
    {
        var pages = new RandomPages(seed: 20261125);
        var accepted = 0;
        const int Count = 5_000;
        for (var i = 0; i < Count; i++)
            if (ScannedPages.AssertAgreeWhenAccepted(pages.Next())) accepted++;
        // Enough accepted pages that the agreement means something.
        Assert.True(accepted >= Count / 5, $"only {accepted} of {Count} accepted");
    }
}
