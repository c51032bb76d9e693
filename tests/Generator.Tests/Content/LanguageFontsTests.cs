using Leaflet.Tests.Support;

namespace Leaflet.Tests.Content;

/// <summary>
/// A language names its PDF fonts as files in _language.yaml; a file the PDF cannot use is a
/// diagnostic at the line and column that names it, and nothing is published.
/// </summary>
public sealed class LanguageFontsTests
{
    private static BuiltSite BuildWithFonts(SiteWorkspace workspace, string fonts)
    {
        var text = workspace.ReadContent("ru/_language.yaml").Replace("direction: ltr\n", "direction: ltr\n" + fonts);
        workspace.WriteContent("ru/_language.yaml", text);
        return workspace.Build();
    }

    private static Printed AssertOnlyError(SiteWorkspace workspace, BuiltSite site, string code, string fontLine, string path)
    {
        var (line, column) = TextPosition.Of(workspace.ReadContent("ru/_language.yaml"), fontLine);
        var printed = Printed.Single(site.Result.Diagnostics, code, "error", "content/ru/_language.yaml", line, column + fontLine.IndexOf(path, StringComparison.Ordinal));
        Assert.False(site.Result.Published);
        return printed;
    }

    [Fact]
    public void A_missing_font_file_is_LF1024_at_the_line_and_column_that_names_it()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var site = BuildWithFonts(workspace, "fonts:\n  regular: [fonts/Nowhere-Regular.ttf]\n");

        var printed = AssertOnlyError(workspace, site, "LF1024", "  regular: [fonts/Nowhere-Regular.ttf]", "fonts/Nowhere");
        Assert.Contains("'fonts/Nowhere-Regular.ttf' cannot be read", printed.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_font_is_LF1024()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("fonts/Broken.ttf", "this is text, not a font");
        var site = BuildWithFonts(workspace, "fonts:\n  bold:\n    - fonts/Broken.ttf\n");

        var printed = AssertOnlyError(workspace, site, "LF1024", "    - fonts/Broken.ttf", "fonts/Broken");
        Assert.Contains("is not a TrueType font file", printed.Message);
    }

    [Theory]
    [InlineData("ttcf", "Collection.ttc", "font collection")]
    [InlineData("OTTO", "Outlines.otf", "CFF (PostScript) outlines; only TrueType outlines (.ttf) are supported")]
    public void A_collection_or_a_font_with_cff_outlines_is_LF1025_naming_what_is_unsupported(string tag, string file, string expected)
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContentBytes("fonts/" + file, [.. System.Text.Encoding.ASCII.GetBytes(tag), .. new byte[60]]);
        var site = BuildWithFonts(workspace, $"fonts:\n  regular: [fonts/{file}]\n");

        var printed = AssertOnlyError(workspace, site, "LF1025", $"  regular: [fonts/{file}]", "fonts/");
        Assert.Contains(expected, printed.Message);
        Assert.Contains(file, printed.Message);
    }

    [Fact]
    public void A_face_of_a_collection_named_with_a_hash_is_LF1025()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var site = BuildWithFonts(workspace, "fonts:\n  regular: [\"fonts/Noto.ttc#1\"]\n");

        var printed = AssertOnlyError(workspace, site, "LF1025", "  regular: [\"fonts/Noto.ttc#1\"]", "\"fonts/");
        Assert.Contains("'fonts/Noto.ttc#1' is a font collection", printed.Message);
    }

    [Fact]
    public void A_shipped_font_named_by_an_absolute_path_builds_cleanly()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var noto = Path.Combine(AppContext.BaseDirectory, "Pdf", "Fonts", "NotoSans-Regular.ttf");
        var site = BuildWithFonts(workspace, $"fonts:\n  regular: [{noto}]\n");

        site.AssertPublished();
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code is "LF1024" or "LF1025" or "LF1005");
    }
}
