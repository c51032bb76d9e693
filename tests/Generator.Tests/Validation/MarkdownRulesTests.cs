using Leaflet.Diagnostics;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Validation;

/// <summary>
/// Issue 7, Markdown: raw HTML is an error unless the site allows it; links that run or embed code
/// are errors; picture and link paths that leave content/ are errors; a picture that does not
/// exist or is not PNG or JPEG is an error; the body has no level-1 heading. Each error names the
/// file, line and column of the offending element.
/// </summary>
public sealed class MarkdownRulesTests
{
    private const string Sample = "en/sample.md";
    private const string SampleFile = "content/" + Sample;

    /// <summary>Writes a leaflet with this body into a copy of the real content and builds it.</summary>
    private static (BuiltSite Site, string Text) Build(SiteWorkspace workspace, string body)
    {
        var text = Leaflets.Text("Drink water often.\n\n" + body + "\n", "Drinking water");
        workspace.WriteContent(Sample, text);
        return (workspace.BuildSafely(), text);
    }

    private static Printed SingleAt(BuiltSite site, string text, string code, string at)
    {
        var (line, column) = TextPosition.Of(text, at);
        return Printed.Single(site.Result.Diagnostics, code, "error", SampleFile, line, column);
    }

    [Theory]
    [InlineData("<div class=\"warning\">Call a doctor.</div>", "<div")]
    [InlineData("Call a <b>doctor</b> now.", "<b>")]
    [InlineData("<script>alert(1)</script>", "<script>")]
    public void Raw_html_is_an_LF1008_error_at_its_place(string body, string at)
    {
        using var workspace = RealContentCopy.Create();
        var (site, text) = Build(workspace, body);

        // An inline element is reported at its opening and its closing tag; the opening one is checked here.
        var (line, column) = TextPosition.Of(text, at);
        var errors = site.Result.Diagnostics.Where(d => d.Code == "LF1008").ToList();
        Assert.All(errors, e => Assert.EndsWith(SampleFile, e.File));
        var printed = Printed.Parse(Assert.Single(errors, e => e.Line == line && e.Column == column).ToString());
        Assert.Equal("error", printed.Severity);
        Assert.Contains("raw HTML", printed.Message);
        Assert.Contains("allow_raw_html", printed.Message);
        Assert.False(site.Result.Published);
    }

    [Fact]
    public void Raw_html_is_published_when_the_site_allows_it()
    {
        using var workspace = RealContentCopy.Create();
        workspace.Change("_site.yaml", "allow_raw_html: false", "allow_raw_html: true");
        var (site, _) = Build(workspace, "Call a <b>doctor</b> now.\n\n<div class=\"warning\">Call a doctor.</div>");

        site.AssertPublished();
        Assert.Empty(site.PrintedWith("LF1008"));
        var body = site.Page("en/sample/index.html").QuerySelector(".leaflet-body")!;
        Assert.NotNull(body.QuerySelector("p b"));
        Assert.NotNull(body.QuerySelector("div.warning"));
    }

    [Fact]
    public void Angle_brackets_written_as_text_are_not_raw_html()
    {
        using var workspace = RealContentCopy.Create();
        var (site, _) = Build(workspace, "A temperature &lt;38 °C, a code `<b>` and 3 < 4.");

        site.AssertPublished();
        Assert.Empty(site.PrintedWith("LF1008"));
    }

    [Theory]
    [InlineData("[this](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[this](JavaScript:alert(1))", "JavaScript:alert(1)")]
    [InlineData("[this](data:text/html;base64,PHNjcmlwdD4=)", "data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("[this](jav&#x61;script:alert(1))", "javascript:alert(1)")]
    public void A_link_that_runs_or_embeds_code_is_an_LF1014_error_at_the_link(string link, string url)
    {
        using var workspace = RealContentCopy.Create();
        var (site, text) = Build(workspace, $"See {link}.");

        var printed = SingleAt(site, text, "LF1014", link);
        Assert.Contains($"'{url}'", printed.Message);
        Assert.False(site.Result.Published);
    }

    [Fact]
    public void A_code_link_given_by_reference_is_an_LF1014_error_at_the_link()
    {
        using var workspace = RealContentCopy.Create();
        var (site, text) = Build(workspace, "See [this][code].\n\n[code]: javascript:alert(1)");

        SingleAt(site, text, "LF1014", "[this]");
        Assert.False(site.Result.Published);
    }

    [Fact]
    public void A_code_link_written_as_an_autolink_is_an_error_at_its_line_in_the_leaflet()
    {
        // <javascript:alert(1)> is a CommonMark autolink: Markdig writes it as <a href="javascript:alert(1)">.
        using var workspace = RealContentCopy.Create();
        var (site, text) = Build(workspace, "See <javascript:alert(1)> here.");

        Assert.False(site.Result.Published);
        Assert.False(Directory.Exists(workspace.OutputRoot), "a page with a javascript: link was published");
        var (line, column) = TextPosition.Of(text, "<javascript:");
        Assert.True(site.Result.Diagnostics.Any(d => d.Severity == Severity.Error && d.File.EndsWith(SampleFile, StringComparison.Ordinal) && d.Line == line && d.Column == column),
            $"the javascript: autolink is not reported at {SampleFile}({line},{column}), where the translator wrote it:\n{site.Printed}");
    }

    [Fact]
    public void Web_mail_and_leaflet_links_are_fine()
    {
        using var workspace = RealContentCopy.Create();
        var (site, _) = Build(workspace,
            "See [the NHS](https://www.nhs.uk/), [write to us](mailto:clinic@example.org) and [treatment](red-dots-on-the-body.md#treating-red-dots).");

        site.AssertPublished();
        Assert.Empty(site.PrintedWith("LF1014"));
        Assert.Empty(site.PrintedWith("LF1015"));
        SiteChecks.AssertNoBrokenLinks(site);
    }

    [Theory]
    [InlineData("[other](no-such-leaflet.md)", "'no-such-leaflet.md'")]
    [InlineData("[other](no-such-leaflet.md#a-section)", "'no-such-leaflet.md#a-section'")]
    [InlineData("[other](../../../outside.md)", "'../../../outside.md'")]
    public void A_link_to_an_article_that_does_not_exist_or_leaves_content_is_an_LF1015_error(string link, string named)
    {
        using var workspace = RealContentCopy.Create();
        workspace.Temp.Write("outside.md", Leaflets.Text("Outside."));
        var (site, text) = Build(workspace, $"See {link}.");

        var printed = SingleAt(site, text, "LF1015", link);
        Assert.Contains(named, printed.Message);
        Assert.False(site.Result.Published);
    }

    [Fact]
    public void A_link_to_a_file_outside_content_is_an_error()
    {
        using var workspace = RealContentCopy.Create();
        workspace.Temp.Write("notes.txt", "private notes");
        var (site, text) = Build(workspace, "See [the notes](../../../notes.txt).");

        var (line, column) = TextPosition.Of(text, "[the notes]");
        var errors = site.Result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Any(d => d.File.EndsWith(SampleFile, StringComparison.Ordinal) && d.Line == line && d.Column == column),
            "a link whose path leaves content/ was accepted:\n" + site.Printed);
    }

    [Fact]
    public void A_picture_path_that_leaves_content_is_an_LF1010_error()
    {
        using var workspace = RealContentCopy.Create();
        workspace.Temp.WriteBytes("x.png", Png.Pixel(0, 0, 0));
        var (site, text) = Build(workspace, "![A picture](../../x.png)");

        var printed = SingleAt(site, text, "LF1010", "![A picture]");
        Assert.Contains("'../../x.png'", printed.Message);
        Assert.False(site.Result.Published);
    }

    [Fact]
    public void A_picture_that_is_a_symbolic_link_to_a_file_outside_content_is_an_LF1010_error()
    {
        using var workspace = RealContentCopy.Create();
        var outside = workspace.Temp.WriteBytes("secret.png", Png.Pixel(1, 2, 3));
        Directory.CreateDirectory(workspace.PathOf("images"));
        File.CreateSymbolicLink(workspace.PathOf("images/linked.png"), outside);
        var (site, text) = Build(workspace, "![A picture](../images/linked.png)");

        var printed = SingleAt(site, text, "LF1010", "![A picture]");
        Assert.Contains("symbolic link", printed.Message);
        Assert.False(site.Result.Published);
    }

    [Fact]
    public void A_picture_folder_that_is_a_symbolic_link_to_a_folder_outside_content_is_an_LF1010_error()
    {
        using var workspace = RealContentCopy.Create();
        workspace.Temp.WriteBytes("elsewhere/secret.png", Png.Pixel(1, 2, 3));
        Directory.CreateSymbolicLink(workspace.PathOf("images"), workspace.Temp.Combine("elsewhere"));
        var (site, text) = Build(workspace, "![A picture](images/secret.png)");

        SingleAt(site, text, "LF1010", "![A picture]");
        Assert.False(site.Result.Published);
    }

    [Fact]
    public void A_picture_that_is_a_symbolic_link_inside_content_is_published()
    {
        using var workspace = RealContentCopy.Create();
        var real = workspace.WriteContentBytes("images/real.png", Png.Pixel(1, 2, 3));
        File.CreateSymbolicLink(workspace.PathOf("images/alias.png"), real);
        var (site, _) = Build(workspace, "![A picture](images/alias.png)");

        site.AssertPublished();
        Assert.Equal(Png.Pixel(1, 2, 3), site.Bytes("images/alias.png"));
    }

    [Fact]
    public void A_picture_that_does_not_exist_is_an_LF1012_error_and_one_that_does_is_published()
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContentBytes("images/there.png", Png.Pixel(9, 9, 9));
        var (site, text) = Build(workspace, "![Here](images/there.png)\n\n![Not here](images/not-there.png)");

        var printed = SingleAt(site, text, "LF1012", "![Not here]");
        Assert.Contains("'images/not-there.png'", printed.Message);
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Message.Contains("there.png'", StringComparison.Ordinal) && !d.Message.Contains("not-there", StringComparison.Ordinal));
        Assert.False(site.Result.Published);
    }

    [Theory]
    [InlineData("images/a.gif")]
    [InlineData("images/a.webp")]
    [InlineData("images/a.svg")]
    public void A_picture_that_is_not_png_or_jpeg_is_an_LF1011_error(string picture)
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContentBytes(picture, [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]);
        var (site, text) = Build(workspace, $"![A picture]({picture})");

        var printed = SingleAt(site, text, "LF1011", "![A picture]");
        Assert.Contains("PNG or JPEG", printed.Message);
        Assert.False(site.Result.Published);
    }

    [Fact]
    public void Png_and_jpeg_pictures_in_either_letter_case_are_accepted()
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContentBytes("images/a.PNG", Png.Pixel(1, 1, 1));
        workspace.WriteContentBytes("images/b.jpeg", [0xFF, 0xD8, 0xFF, 0xD9]);
        var (site, _) = Build(workspace, "![A](images/a.PNG)\n\n![B](images/b.jpeg)");

        Assert.Empty(site.PrintedWith("LF1011"));
    }

    [Theory]
    [InlineData("# Another title", "# Another title")]
    [InlineData("Another title\n=============", "Another title")]
    public void A_level_one_heading_in_the_body_is_an_LF1009_error(string heading, string at)
    {
        using var workspace = RealContentCopy.Create();
        var (site, text) = Build(workspace, heading);

        // Markdig places a setext heading at its underline, one line below its text; either line is where it stands.
        var (line, column) = TextPosition.Of(text, at);
        var printed = Printed.Parse(Assert.Single(site.Result.Diagnostics, d => d.Code == "LF1009").ToString());
        Assert.Equal(("error", column), (printed.Severity, printed.Column));
        Assert.EndsWith(SampleFile, printed.Path);
        Assert.InRange(printed.Line, line, line + heading.Count(c => c == '\n'));
        Assert.Contains("'##'", printed.Message);
        Assert.False(site.Result.Published);
    }

    [Fact]
    public void Level_two_and_three_headings_are_fine()
    {
        using var workspace = RealContentCopy.Create();
        var (site, _) = Build(workspace, "## When to drink\n\n### In summer");

        site.AssertPublished();
        Assert.Empty(site.PrintedWith("LF1009"));
    }
}
