using Leaflet.Tests.Support;

namespace Leaflet.Tests.Validation;

/// <summary>
/// Issue 7, front matter: required fields, their types, ISO 8601 dates, unknown keys (a warning
/// with the nearest known key) and file names that cannot be an address.
/// </summary>
public sealed class FrontMatterRulesTests
{
    private const string Sample = "en/sample.md";
    private const string SampleFile = "content/" + Sample;

    private static string Text(IReadOnlyDictionary<string, string>? fields = null) =>
        Leaflets.Text("Drink water often.\n\n## When to drink\n\nBefore a walk.\n", "Drinking water", fields);

    [Fact]
    public void A_leaflet_with_every_known_field_gives_no_front_matter_diagnostic()
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent(Sample, Text(new Dictionary<string, string>
        {
            ["subtitle"] = "Why and when", ["code"] = "TEST-001", ["version"] = "1.0", ["plain_language"] = "false",
        }));

        var site = workspace.BuildSafely().AssertPublished();

        // LF1061 is about the site's bilingual pairs, which an English-only leaflet is outside of, not about its front matter.
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.File.EndsWith(SampleFile, StringComparison.Ordinal) && d.Code.StartsWith("LF10", StringComparison.Ordinal)
            && d.Code != "LF1061");
    }

    [Fact]
    public void An_unknown_field_is_an_LF1005_warning_at_the_key_with_the_nearest_known_field()
    {
        using var workspace = RealContentCopy.Create();
        var text = Text(new Dictionary<string, string> { ["next_reveiw"] = "2027-11-24" });
        workspace.WriteContent(Sample, text);

        var site = workspace.BuildSafely().AssertPublished();

        var (line, column) = TextPosition.Of(text, "next_reveiw");
        var printed = Printed.Single(site.Result.Diagnostics, "LF1005", "warning", SampleFile, line, column);
        Assert.Equal("unknown field 'next_reveiw'; did you mean 'next_review'?", printed.Message);
    }

    [Fact]
    public void An_unknown_field_like_no_known_one_is_LF1005_without_a_guess()
    {
        using var workspace = RealContentCopy.Create();
        var text = Text(new Dictionary<string, string> { ["colour"] = "red" });
        workspace.WriteContent(Sample, text);

        var site = workspace.BuildSafely().AssertPublished();

        var (line, column) = TextPosition.Of(text, "colour");
        var printed = Printed.Single(site.Result.Diagnostics, "LF1005", "warning", SampleFile, line, column);
        Assert.Equal("unknown field 'colour'", printed.Message);
    }

    [Fact]
    public void A_missing_required_field_is_an_LF1004_error_naming_it()
    {
        using var workspace = RealContentCopy.Create();
        var text = workspace.ReadContent(RealContentCopy.Russian);
        var description = text.Split('\n').Single(l => l.StartsWith("description:", StringComparison.Ordinal));
        workspace.Change(RealContentCopy.Russian, description + "\n", "");

        var site = workspace.BuildSafely();

        // A missing field has no line of its own: the error stands at the first field of the front matter.
        var printed = Printed.Single(site.Result.Diagnostics, "LF1004", "error", "content/" + RealContentCopy.Russian, 2, 1);
        Assert.Equal("the required field 'description' is missing", printed.Message);
        Assert.False(site.Result.Published);
    }

    [Theory]
    [InlineData("last_reviewed", "24.11.2026")]
    [InlineData("published", "2026-11-24T10:00")]
    [InlineData("next_review", "2027-13-01")]
    [InlineData("next_review", "November 2027")]
    public void A_date_that_is_not_an_iso_date_is_an_LF1004_error_at_its_value(string field, string value)
    {
        using var workspace = RealContentCopy.Create();
        var text = Text(new Dictionary<string, string> { [field] = value });
        workspace.WriteContent(Sample, text);

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(text, $"{field}: {value}");
        var printed = Printed.Single(site.Result.Diagnostics, "LF1004", "error", SampleFile, line, column + field.Length + 2);
        Assert.Equal($"'{field}' must be an ISO 8601 date such as 2026-11-24, not '{value}'", printed.Message);
        Assert.False(site.Result.Published);
    }

    [Theory]
    [InlineData("title", "[Drinking, water]")]
    [InlineData("title", "\"  \"")]
    [InlineData("description", "{ text: Drinking water }")]
    public void A_field_that_is_not_a_text_is_an_LF1004_error_at_its_value(string field, string value)
    {
        using var workspace = RealContentCopy.Create();
        var text = Text(new Dictionary<string, string> { [field] = value });
        workspace.WriteContent(Sample, text);

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(text, $"{field}: {value}");
        var printed = Printed.Single(site.Result.Diagnostics, "LF1004", "error", SampleFile, line, column + field.Length + 2);
        Assert.Equal($"'{field}' must be a non-empty text", printed.Message);
    }

    [Theory]
    [InlineData("Red Dots.md")]
    [InlineData("Sun-Safety.md")]
    [InlineData("красные-точки.md")]
    [InlineData("sun_safety.md")]
    [InlineData("-sun-safety.md")]
    public void A_file_name_that_is_not_url_safe_is_an_LF1013_error_naming_the_file(string name)
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent("en/" + name, Text());

        var site = workspace.BuildSafely();

        var printed = Printed.Parse(Assert.Single(site.PrintedWith("LF1013")));
        Assert.Equal("error", printed.Severity);
        Assert.EndsWith("content/en/" + name, printed.Path);
        Assert.Contains($"'{Path.GetFileNameWithoutExtension(name)}'", printed.Message);
        Assert.Contains("lower-case Latin letters, digits and hyphens", printed.Message);
        Assert.False(site.Result.Published);
    }

    [Fact]
    public void A_file_name_of_lower_case_letters_digits_and_hyphens_is_an_address()
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent("en/sun-safety-2.md", Text());

        var site = workspace.BuildSafely().AssertPublished();

        Assert.Empty(site.PrintedWith("LF1013"));
        Assert.True(site.Exists("en/sun-safety-2/index.html"));
    }

    [Fact]
    public void A_second_file_whose_name_differs_only_in_case_is_LF1013_so_no_two_leaflets_share_an_address()
    {
        // On a case-sensitive file system both files exist; on the web they would be one address.
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent("en/Red-Dots-On-The-Body.md", workspace.ReadContent(RealContentCopy.English));

        var site = workspace.BuildSafely();

        var printed = Printed.Parse(Assert.Single(site.PrintedWith("LF1013")));
        Assert.EndsWith("content/en/Red-Dots-On-The-Body.md", printed.Path);
        Assert.False(site.Result.Published);
    }
}
