using System.Text;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Content;

/// <summary>
/// A mistake in the content is a diagnostic in the compiler format, naming the file, line and
/// column, never an exception; an error publishes nothing.
/// </summary>
public sealed class BadInputTests
{
    private const string Valid = """
        ---
        title: A leaflet
        description: A description long enough to be shown by a search engine.
        published: 2026-11-24
        last_reviewed: 2026-11-24
        next_review: 2027-11-24
        code: TEST-001
        version: 1.0
        ---

        Some text.
        """;

    /// <summary>Builds the basic fixture with one file added or replaced under content/.</summary>
    private static BuiltSite BuildWith(SiteWorkspace workspace, string relative, string text)
    {
        workspace.WriteContent(relative, text);
        try
        {
            return workspace.Build();
        }
        catch (Exception e)
        {
            // The Validate stage "never throws for a user mistake" (DESIGN.md): a throw is a failure in itself.
            Assert.Fail($"the build threw instead of reporting the mistake in {relative}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            throw;
        }
    }

    private static void AssertNothingPublished(SiteWorkspace workspace, BuiltSite site)
    {
        Assert.False(site.Result.Published);
        Assert.False(Directory.Exists(workspace.OutputRoot), "a failed build created output/");
    }

    [Fact]
    public void The_valid_leaflet_these_tests_break_builds_cleanly()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var site = BuildWith(workspace, "en/bad.md", Valid).AssertPublished();
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.File.EndsWith("bad.md", StringComparison.Ordinal) && d.Code.StartsWith("LF1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_yaml_syntax_error_in_front_matter_is_LF1002_at_its_line()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = Valid.Replace("title: A leaflet", "title: A leaflet: with a colon");
        var site = BuildWith(workspace, "en/bad.md", text);

        var (line, _) = TextPosition.Of(text, "title:");
        var printed = Printed.Single(site.Result.Diagnostics, "LF1002", "error", "content/en/bad.md", line);
        Assert.DoesNotContain("(Line:", printed.Message);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void A_colon_inside_a_value_of_a_language_file_is_LF1002_at_its_line()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = workspace.ReadContent("ru/_language.yaml").Replace("  contents: Содержание", "  contents: Содержание: всё");
        var site = BuildWith(workspace, "ru/_language.yaml", text);

        var (line, _) = TextPosition.Of(text, "contents:");
        Printed.Single(site.Result.Diagnostics, "LF1002", "error", "content/ru/_language.yaml", line);
        AssertNothingPublished(workspace, site);
    }

    [Theory]
    [InlineData("ru/_language.yaml", "  contents: Содержание", "  contents: [Содержание")]
    [InlineData("en/first-aid-for-burns.md", "title: First aid for burns", "title: [First aid for burns")]
    public void An_unclosed_bracket_is_LF1002_not_a_crash(string file, string line, string broken)
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var original = workspace.ReadContent(file);
        Assert.Contains(line, original);
        var text = original.Replace(line, broken);
        var site = BuildWith(workspace, file, text);

        var error = site.Result.Diagnostics.Single(d => d.Code == "LF1002");
        var printed = Printed.Parse(error.ToString());
        Assert.EndsWith("content/" + file, printed.Path);
        // At the bracket itself, in words a translator can act on, not the parser's.
        var (line2, column) = TextPosition.Of(text, broken);
        Assert.Equal(line2, printed.Line);
        Assert.Equal(column + broken.IndexOf('['), printed.Column);
        Assert.Contains("'[' here is never closed", printed.Message);
        Assert.DoesNotContain("current state of the object", printed.Message);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void A_translation_that_cannot_be_read_is_its_error_alone_not_also_a_missing_translation()
    {
        using var workspace = SiteWorkspace.FromRealContent();
        const string File = "ru/red-dots-on-the-body.md";
        var original = workspace.ReadContent(File);
        var title = original.Split('\n').First(l => l.StartsWith("title: ", StringComparison.Ordinal));
        var site = BuildWith(workspace, File, original.Replace(title, title.Replace("title: ", "title: [")));

        Assert.Single(site.Result.Diagnostics, d => d.Code == "LF1002" && d.File.EndsWith(File, StringComparison.Ordinal));
        // The file is there: "no translation into Русский" and "no ru translation, so no en-ru PDF" would send a translator looking for it.
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code is "LF2001" or "LF1061");
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void A_yaml_syntax_error_in_a_language_file_is_LF1002_at_its_line()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = workspace.ReadContent("ru/_language.yaml").Replace("  contents: Содержание", "  contents: 'Содержание");
        var site = BuildWith(workspace, "ru/_language.yaml", text);

        var error = site.Result.Diagnostics.Single(d => d.Code == "LF1002");
        var printed = Printed.Parse(error.ToString());
        Assert.EndsWith("content/ru/_language.yaml", printed.Path);
        Assert.InRange(printed.Line, TextPosition.Of(text, "contents:").Line, text.Split('\n').Length);
        Assert.True(printed.Column >= 1);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void A_file_without_front_matter_is_LF1003_at_its_first_line()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var site = BuildWith(workspace, "en/bad.md", "# A title\n\nNo front matter.\n");

        var printed = Printed.Single(site.Result.Diagnostics, "LF1003", "error", "content/en/bad.md", 1, 1);
        Assert.Contains("---", printed.Message);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_LF1003()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = Valid.Replace("---\n\nSome text.", "\nSome text.");
        Assert.Single(text.Split('\n'), l => l == "---");
        var site = BuildWith(workspace, "en/bad.md", text);

        var printed = Printed.Single(site.Result.Diagnostics, "LF1003", "error", "content/en/bad.md", 1, 1);
        Assert.Contains("not closed", printed.Message);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void An_empty_file_is_LF1003()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var site = BuildWith(workspace, "en/bad.md", "\n");
        Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF1003" && d.File.EndsWith("content/en/bad.md", StringComparison.Ordinal));
        AssertNothingPublished(workspace, site);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("description")]
    [InlineData("published")]
    [InlineData("last_reviewed")]
    public void A_missing_required_field_is_LF1004_naming_the_field(string field)
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = string.Join('\n', Valid.Split('\n').Where(l => !l.StartsWith(field + ":", StringComparison.Ordinal)));
        var site = BuildWith(workspace, "en/bad.md", text);

        var error = site.Result.Diagnostics.Single(d => d.Code == "LF1004");
        var printed = Printed.Parse(error.ToString());
        Assert.EndsWith("content/en/bad.md", printed.Path);
        Assert.InRange(printed.Line, 2, 6);
        Assert.True(printed.Column >= 1);
        Assert.Contains($"'{field}'", printed.Message);
        Assert.Contains("missing", printed.Message);
        AssertNothingPublished(workspace, site);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("24.11.2026")]
    [InlineData("next tuesday")]
    public void A_date_that_is_no_iso_date_is_LF1004_at_its_value(string date)
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = Valid.Replace("published: 2026-11-24", $"published: {date}");
        var site = BuildWith(workspace, "en/bad.md", text);

        var (line, column) = TextPosition.Of(text, date);
        var printed = Printed.Single(site.Result.Diagnostics, "LF1004", "error", "content/en/bad.md", line, column);
        Assert.Contains("'published'", printed.Message);
        Assert.Contains(date, printed.Message);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_LF1001_naming_the_byte_offset_and_its_line()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var before = Encoding.UTF8.GetBytes(Valid.Replace("Some text.", "Caf"));
        // "Café" saved as Latin-1: 0xE9 followed by a line break is no UTF-8 sequence.
        byte[] bytes = [.. before, 0xE9, (byte)'\n'];
        workspace.WriteContentBytes("en/bad.md", bytes);

        var site = workspace.Build();

        var offset = before.Length;
        var line = before.Count(b => b == (byte)'\n') + 1;
        var printed = Printed.Single(site.Result.Diagnostics, "LF1001", "error", "content/en/bad.md", line);
        Assert.Contains($"offset {offset}", printed.Message);
        Assert.Contains("0xE9", printed.Message);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void An_unknown_front_matter_field_is_a_warning_naming_the_nearest_known_field_and_the_build_goes_on()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = Valid.Replace("title: A leaflet\n", "title: A leaflet\nsubtitel: A subtitle\n");
        var site = BuildWith(workspace, "en/bad.md", text);

        var (line, column) = TextPosition.Of(text, "subtitel");
        var printed = Printed.Single(site.Result.Diagnostics, "LF1005", "warning", "content/en/bad.md", line, column);
        Assert.Contains("'subtitel'", printed.Message);
        Assert.Contains("did you mean 'subtitle'?", printed.Message);
        site.AssertPublished();
    }

    [Fact]
    public void A_missing_interface_string_is_an_error_naming_the_key_and_the_language_file()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = string.Join('\n', workspace.ReadContent("ru/_language.yaml").Split('\n').Where(l => !l.TrimStart().StartsWith("disclaimer:", StringComparison.Ordinal)));
        var site = BuildWith(workspace, "ru/_language.yaml", text);

        var error = site.Result.Diagnostics.Single(d => d.Code == "LF1016");
        // A missing key has no line of its own: the whole-file form "path: error LF1016: …" is the MSBuild form for it.
        var printed = Printed.Parse(error.ToString());
        Assert.Equal("error", printed.Severity);
        Assert.EndsWith("content/ru/_language.yaml", printed.Path);
        Assert.Contains("'disclaimer'", printed.Message);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void A_level_one_heading_in_the_body_is_LF1009_at_its_line()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = Valid + "\n\n# Another title\n";
        var site = BuildWith(workspace, "en/bad.md", text);

        var (line, column) = TextPosition.Of(text, "# Another");
        Printed.Single(site.Result.Diagnostics, "LF1009", "error", "content/en/bad.md", line, column);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void A_file_name_that_cannot_be_an_address_is_LF1013()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var site = BuildWith(workspace, "en/Red Dots.md", Valid);
        Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF1013" && d.Severity == Leaflet.Diagnostics.Severity.Error && d.File.EndsWith("content/en/Red Dots.md", StringComparison.Ordinal));
        AssertNothingPublished(workspace, site);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "LF1014")]
    [InlineData("data:text/html,hello", "LF1014")]
    [InlineData("no-such-leaflet.md", "LF1015")]
    [InlineData("../ru/sun-safety.md#sunscreen", "LF1015")]
    public void A_link_that_runs_code_or_names_no_leaflet_is_an_error_at_the_link(string url, string code)
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = Valid + $"\n\nSee [this]({url}).\n";
        var site = BuildWith(workspace, "en/bad.md", text);

        var (line, column) = TextPosition.Of(text, "[this]");
        Printed.Single(site.Result.Diagnostics, code, "error", "content/en/bad.md", line, column);
        AssertNothingPublished(workspace, site);
    }

    [Theory]
    [InlineData("../../outside.png", "LF1010")]
    [InlineData("/images/a.png", "LF1010")]
    [InlineData("images/a.gif", "LF1011")]
    public void A_picture_outside_the_picture_folders_or_of_another_format_is_an_error(string url, string code)
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContentBytes("images/a.gif", [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]);
        var text = Valid + $"\n\n![A picture]({url})\n";
        var site = BuildWith(workspace, "en/bad.md", text);

        var (line, column) = TextPosition.Of(text, "![A picture]");
        Printed.Single(site.Result.Diagnostics, code, "error", "content/en/bad.md", line, column);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void An_unknown_culture_is_LF1006_at_its_value()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = workspace.ReadContent("ru/_language.yaml").Replace("culture: ru-RU", "culture: xx-XX");
        var site = BuildWith(workspace, "ru/_language.yaml", text);

        var (line, column) = TextPosition.Of(text, "xx-XX");
        Printed.Single(site.Result.Diagnostics, "LF1006", "error", "content/ru/_language.yaml", line, column);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void A_base_url_that_is_not_an_http_url_is_LF1007_at_its_value()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = workspace.ReadContent("_site.yaml").Replace("base_url: https://fixture.example.org/", "base_url: ftp://fixture.example.org/");
        var site = BuildWith(workspace, "_site.yaml", text);

        var (line, column) = TextPosition.Of(text, "ftp://");
        Printed.Single(site.Result.Diagnostics, "LF1007", "error", "content/_site.yaml", line, column);
        AssertNothingPublished(workspace, site);
    }

    [Fact]
    public void A_missing_content_folder_is_LF9002_not_an_exception()
    {
        using var temp = new TempFolder();
        var site = BuiltSite.Build(temp.Combine("nowhere"), Repository.Templates, temp.Combine("output"));
        Assert.False(site.Result.Published);
        Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF9002");
    }
}
