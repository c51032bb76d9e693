using System.Text;
using Leaflet.Diagnostics;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Validation;

/// <summary>
/// Issue 7, files: bytes that are not UTF-8, an empty file, no or unclosed front matter, YAML that
/// cannot be read, a file too large and Markdown nested too deeply are each one error with the file
/// (and line and column where there is one); a BOM and CRLF line ends are fine. Never an exception.
/// </summary>
public sealed class FileRulesTests
{
    private const string Sample = "en/sample.md";
    private const string SampleFile = "content/" + Sample;

    private static string Valid(string body = "Drink water often.") => Leaflets.Text(body + "\n", "Drinking water");

    private static void AssertNothingPublished(SiteWorkspace workspace, BuiltSite site)
    {
        Assert.False(site.Result.Published);
        Assert.False(Directory.Exists(workspace.OutputRoot), "a failed build created output/");
    }

    [Fact]
    public void A_byte_that_is_not_utf8_is_LF1001_at_its_line_and_column_with_its_offset()
    {
        using var workspace = RealContentCopy.Create();
        var before = Encoding.UTF8.GetBytes(Valid("Drink water often.\n\nCaf"));
        // "Café" saved as Latin-1: 0xE9 before a space is no UTF-8 sequence.
        byte[] bytes = [.. before[..^1], 0xE9, .. " au lait.\n"u8.ToArray()];
        workspace.WriteContentBytes(Sample, bytes);

        var site = workspace.BuildSafely();

        var line = before.Count(b => b == (byte)'\n');
        var printed = Printed.Single(site.Result.Diagnostics, "LF1001", "error", SampleFile, line, 4);
        Assert.Equal($"the file is not UTF-8: byte 0xE9 at offset {before.Length - 1} cannot be read; save the file as UTF-8", printed.Message);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void The_column_of_a_byte_that_is_not_utf8_counts_characters_not_bytes()
    {
        using var workspace = RealContentCopy.Create();
        var text = workspace.ReadContent("ru/_language.yaml");
        var at = Encoding.UTF8.GetBytes(text[..text.IndexOf("Русский", StringComparison.Ordinal)]).Length + Encoding.UTF8.GetByteCount("Рус");
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes[at] = 0xFF;
        workspace.WriteContentBytes("ru/_language.yaml", bytes);

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(text, "Русский");
        var printed = Printed.Single(site.Result.Diagnostics, "LF1001", "error", "content/ru/_language.yaml", line, column + 3);
        Assert.Contains($"byte 0xFF at offset {at}", printed.Message);
    }

    [Fact]
    public void A_bom_and_crlf_line_ends_in_every_content_file_give_the_same_site()
    {
        using var plain = RealContentCopy.Create();
        using var windows = RealContentCopy.Create();
        foreach (var file in Directory.EnumerateFiles(windows.ContentRoot, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)))
            File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(File.ReadAllText(file).Replace("\n", "\r\n"))]);

        var expected = plain.BuildSafely().AssertPublished();
        var actual = windows.BuildSafely().AssertPublished();

        Assert.Equal(expected.Result.Diagnostics.Select(d => d.Code), actual.Result.Diagnostics.Select(d => d.Code));
        Assert.Equal(expected.Files, actual.Files);
        foreach (var page in expected.HtmlPages.Append("sitemap.xml"))
            Assert.True(expected.Text(page) == actual.Text(page), $"{page} differs when the content has a BOM and CRLF line ends");
        var title = actual.Page($"ru/{RealContentCopy.Slug}/index.html").QuerySelector("h1")!.TextContent;
        Assert.Equal("Мелкие красные точки на теле", title);
        Assert.DoesNotContain('\uFEFF', actual.Text($"ru/{RealContentCopy.Slug}/index.html"));
        Assert.DoesNotContain('\r', actual.Text($"ru/{RealContentCopy.Slug}/index.html"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    [InlineData("\uFEFF")]
    public void An_empty_file_is_LF1003_naming_the_file(string text)
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContentBytes(Sample, Encoding.UTF8.GetBytes(text));

        var site = workspace.BuildSafely();

        var printed = Printed.Parse(Assert.Single(site.PrintedWith("LF1003")));
        Assert.Equal("error", printed.Severity);
        Assert.EndsWith(SampleFile, printed.Path);
        Assert.Contains("empty", printed.Message);
        AssertNothingPublished(workspace, site);
    }

    [Theory]
    [InlineData("# Drinking water\n\nDrink water often.\n", "first line must be '---'")]
    [InlineData("title: Drinking water\n---\n\nDrink water often.\n", "first line must be '---'")]
    [InlineData("---\ntitle: Drinking water\n\nDrink water often.\n", "not closed")]
    [InlineData("---\n", "not closed")]
    public void No_front_matter_or_front_matter_never_closed_is_LF1003_at_the_first_line(string text, string says)
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent(Sample, text);

        var site = workspace.BuildSafely();

        var printed = Printed.Single(site.Result.Diagnostics, "LF1003", "error", SampleFile, 1, 1);
        Assert.Contains(says, printed.Message);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void A_yaml_syntax_error_is_LF1002_at_its_line_and_column_without_yamldotnets_own_position()
    {
        using var workspace = RealContentCopy.Create();
        var text = Valid().Replace("title: \"Drinking water\"", "title: \"Drinking \"water\"\"");
        workspace.WriteContent(Sample, text);

        var site = workspace.BuildSafely();

        var (line, _) = TextPosition.Of(text, "title:");
        var error = Assert.Single(site.Result.Diagnostics, d => d.Code == "LF1002");
        var printed = Printed.Parse(error.ToString());
        Assert.Equal(("error", line), (printed.Severity, printed.Line));
        Assert.EndsWith(SampleFile, printed.Path);
        Assert.InRange(printed.Column, "title: ".Length + 1, text.Split('\n')[line - 1].Length + 1);
        Assert.StartsWith("the YAML cannot be read: ", printed.Message);
        Assert.DoesNotContain("(Line:", printed.Message);
        AssertNothingPublished(workspace, site);
    }

    [Theory]
    [InlineData("---\n---\n\nText.\n")]
    [InlineData("---\n- a list\n- not fields\n---\n\nText.\n")]
    [InlineData("---\njust a sentence\n---\n\nText.\n")]
    public void Front_matter_that_is_not_key_value_lines_is_an_error_at_its_first_line(string text)
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent(Sample, text);

        var site = workspace.BuildSafely();

        var error = Assert.Single(site.Result.Diagnostics, d => d.Severity == Severity.Error);
        var printed = Printed.Parse(error.ToString());
        Assert.EndsWith(SampleFile, printed.Path);
        Assert.Equal(2, printed.Line);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void A_file_over_256_kb_is_LF1017_and_one_just_under_builds()
    {
        using var workspace = RealContentCopy.Create();
        var paragraph = "Drink water often, and more on a hot day or after a walk.\n\n";
        var under = Valid(string.Concat(Enumerable.Repeat(paragraph, 250 * 1024 / paragraph.Length)));
        var over = Valid(string.Concat(Enumerable.Repeat(paragraph, 300 * 1024 / paragraph.Length)));
        Assert.InRange(Encoding.UTF8.GetByteCount(under), 200 * 1024, 256 * 1024);
        workspace.WriteContent("en/under.md", under);
        workspace.WriteContent("en/over.md", over);

        var site = workspace.BuildSafely();

        var printed = Printed.Parse(Assert.Single(site.PrintedWith("LF1017")));
        Assert.Equal("error", printed.Severity);
        Assert.EndsWith("content/en/over.md", printed.Path);
        Assert.Contains("256 KB", printed.Message);
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.File.EndsWith("under.md", StringComparison.Ordinal) && d.Severity == Severity.Error);
        AssertNothingPublished(workspace, site);
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("quoted lists")]
    [InlineData("emphasis")]
    public void Markdown_nested_5000_deep_is_LF1018_not_an_exception(string kind)
    {
        using var workspace = RealContentCopy.Create();
        var deep = kind switch
        {
            "quotes" => string.Concat(Enumerable.Repeat("> ", 5000)) + "deep",
            "quoted lists" => string.Concat(Enumerable.Repeat("> - ", 5000)) + "deep",
            _ => new string('*', 5000) + "deep" + new string('*', 5000),
        };
        var text = Valid("Drink water often.\n\n" + deep);
        workspace.WriteContent(Sample, text);

        var site = workspace.BuildSafely();

        var error = Assert.Single(site.Result.Diagnostics, d => d.Code == "LF1018");
        var printed = Printed.Parse(error.ToString());
        Assert.Equal("error", printed.Severity);
        Assert.EndsWith(SampleFile, printed.Path);
        // Somewhere in the body: from the line after the closing '---' to the deep line.
        var bodyStart = Array.LastIndexOf(text.Split('\n'), "---") + 2;
        Assert.InRange(printed.Line, bodyStart, TextPosition.Of(text, deep[..10]).Line);
        Assert.Contains("nested too deeply", printed.Message);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void Markdown_nested_a_few_levels_deep_builds()
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent(Sample, Valid("> Quoted\n>\n> - a list\n>   - in a list\n>     - in a list, *with **strong** emphasis*"));

        var site = workspace.BuildSafely().AssertPublished();

        Assert.Empty(site.PrintedWith("LF1018"));
    }

    [Fact]
    public void A_leaflet_file_that_is_a_broken_symbolic_link_is_an_error_not_an_exception()
    {
        using var workspace = RealContentCopy.Create();
        File.CreateSymbolicLink(workspace.PathOf("en/moved-away.md"), workspace.Temp.Combine("no-such-file.md"));

        var site = workspace.BuildSafely();

        Assert.Contains(site.Result.Diagnostics, d => d.Severity == Severity.Error && d.File.EndsWith("content/en/moved-away.md", StringComparison.Ordinal));
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void A_binary_file_named_like_a_leaflet_is_LF1001()
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContentBytes(Sample, Png.Pixel(255, 0, 0));

        var site = workspace.BuildSafely();

        var printed = Printed.Parse(Assert.Single(site.PrintedWith("LF1001")));
        Assert.EndsWith(SampleFile, printed.Path);
        AssertNothingPublished(workspace, site);
    }
}
