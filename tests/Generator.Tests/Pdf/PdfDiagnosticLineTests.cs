using Leaflet.Pipeline;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Pdf;

/// <summary>
/// Issue 14: every diagnostic of the PDF stage points at the line of the content file that holds
/// what it reports, counted from the top of the file (front matter included). Each test builds the
/// real English leaflet with one fault added far below its front matter, then reads the reported
/// line back from the file.
/// </summary>
public sealed class PdfDiagnosticLineTests
{
    private const string Article = "en/red-dots-on-the-body.md";
    private const string Picture = "images/rash.png";

    [Fact]
    public void A_character_no_font_can_draw_is_reported_at_its_own_line_and_column()
    {
        var (line, column, text) = Reported("LF4001", "Take the tablet marked 漢 twice a day.");

        Assert.Contains("漢", text);
        Assert.Equal('漢', text[column - 1]);
    }

    [Fact]
    public void A_character_no_font_can_draw_in_a_list_item_is_reported_at_the_items_line()
    {
        var (_, column, text) = Reported("LF4001", "- Rinse the skin.\n- Then take **漢** as the doctor said.");

        Assert.StartsWith("- Then take", text);
        Assert.Equal('漢', text[column - 1]);
    }

    [Fact]
    public void A_character_no_font_can_draw_in_a_pictures_description_is_reported_at_the_pictures_line()
    {
        var (_, _, text) = Reported("LF4001", $"![A rash marked 漢]({Picture})", picture: Png.Pixel(200, 30, 30));

        Assert.Contains("![A rash marked 漢]", text);
    }

    [Fact]
    public void A_picture_that_is_not_a_png_or_jpeg_is_reported_at_its_own_line()
    {
        var (_, column, text) = Reported("LF4003", $"![A rash on the arm]({Picture})", picture: "not a picture"u8.ToArray());

        Assert.Equal("![A rash on the arm]", text.Substring(column - 1, "![A rash on the arm]".Length));
    }

    [Fact]
    public void A_picture_removed_before_the_pdfs_are_written_is_reported_at_its_own_line()
    {
        var (_, column, text) = Reported("LF4002", $"![A rash on the arm]({Picture})", picture: Png.Pixel(30, 30, 200), removePictureBeforePdfs: true);

        Assert.Equal("![A rash on the arm]", text.Substring(column - 1, "![A rash on the arm]".Length));
    }

    [Fact]
    public void A_picture_without_a_description_is_reported_at_its_own_line()
    {
        var (_, column, text) = Reported("LF4005", $"Before the picture. ![]({Picture})", picture: Png.Pixel(30, 200, 30));

        Assert.Equal("![]", text.Substring(column - 1, 3));
    }

    [Fact]
    public void A_block_a_printed_leaflet_cannot_show_is_reported_at_its_first_line()
    {
        var (_, column, text) = Reported("LF4004", "```\ndose = 2 * weight\n```");

        Assert.Equal(("```", 1), (text, column));
    }

    /// <summary>
    /// Builds the real content with <paramref name="fault"/> as a block of its own before the
    /// article's last paragraph, and returns where the one diagnostic with <paramref name="code"/>
    /// points and the text of the file at that line.
    /// </summary>
    private static (int Line, int Column, string Text) Reported(string code, string fault, byte[]? picture = null, bool removePictureBeforePdfs = false)
    {
        using var workspace = SiteWorkspace.FromRealContent();
        var picturePath = picture is null ? null : workspace.WriteContentBytes("en/" + Picture, picture);
        var lines = workspace.ReadContent(Article).Split('\n').ToList();
        var frontMatterEnd = lines.IndexOf("---", 1);
        var last = lines.FindLastIndex(l => l.Length > 0);
        lines.InsertRange(last, [.. fault.Split('\n'), ""]);
        var file = workspace.WriteContent(Article, string.Join("\n", lines));
        var faultLine = last + 1;
        Assert.True(faultLine > frontMatterEnd + 50, "the fault must sit far below the front matter, where a body-relative line shows");

        // The picture is found when the content is read, and gone when its PDF is drawn.
        var hooks = new BuildHooks { StageStarting = stage => { if (removePictureBeforePdfs && stage == BuildStage.Pdf) File.Delete(picturePath!); } };
        var site = workspace.Build(hooks: hooks);

        var found = site.Result.Diagnostics.Where(d => d.Code == code).ToList();
        var diagnostic = Assert.Single(found, d => d.File.EndsWith(Article, StringComparison.Ordinal));
        Assert.InRange(diagnostic.Line, faultLine, faultLine + fault.Count(c => c == '\n'));
        var text = File.ReadAllLines(file)[diagnostic.Line - 1];
        return (diagnostic.Line, diagnostic.Column, text);
    }
}
