using Leaflet.Tests.Support;

namespace Leaflet.Tests.Validation;

/// <summary>
/// Issue 7, freshness: the Russian leaflet records a hash of each section of the English one
/// (translated_from). A later change to the English text is LF2102 naming the sections that
/// changed; no record is LF2103; a record that cannot be read is LF2104.
/// </summary>
public sealed class TranslationFreshnessTests
{
    private const string RussianFile = "content/" + RealContentCopy.Russian;

    [Fact]
    public void The_real_translation_records_the_source_as_it_is_and_gives_no_freshness_warning()
    {
        using var workspace = RealContentCopy.Create();
        Assert.Contains("\ntranslated_from:\n", workspace.ReadContent(RealContentCopy.Russian));
        var site = workspace.BuildSafely().AssertPublished();
        Assert.Empty(site.PrintedWith("LF2102"));
        Assert.Empty(site.PrintedWith("LF2103"));
        Assert.Empty(site.PrintedWith("LF2104"));
    }

    [Fact]
    public void A_change_in_one_source_section_is_LF2102_naming_that_section_only()
    {
        using var workspace = RealContentCopy.Create();
        workspace.Change(RealContentCopy.English, "can have disastrous consequences.", "can have serious consequences.");
        var russian = workspace.ReadContent(RealContentCopy.Russian);

        var site = workspace.BuildSafely();

        site.PrintedAtEach("LF2102", workspace.RealTranslations());
        var warning = Assert.Single(site.Result.Diagnostics, d => d.Code == "LF2102" && d.File.EndsWith(RussianFile, StringComparison.Ordinal));
        var printed = Printed.Parse(warning.ToString());
        Assert.Equal("warning", printed.Severity);
        // The warning stands at the record: between the translated_from line and the end of the front matter.
        var record = RealContentCopy.LineStarting(russian, "translated_from:");
        Assert.InRange(printed.Line, record, record + 9);
        Assert.Contains("section '#treating-red-dots'", printed.Message);
        Assert.DoesNotContain("'#ways-to-remove-red-dots'", printed.Message);
        Assert.DoesNotContain("introduction", printed.Message);
        Assert.Contains("content/" + RealContentCopy.English, printed.Message);
        Assert.Contains("leaflet translated " + warning.File, printed.Message);
        // A warning: the out-of-date translation is still published.
        site.AssertPublished();
    }

    [Fact]
    public void A_change_before_the_first_heading_is_LF2102_naming_the_introduction()
    {
        using var workspace = RealContentCopy.Create();
        workspace.Change(RealContentCopy.English, "Red dots are benign tumours: growths", "Red dots are benign growths");

        var site = workspace.BuildSafely();

        Assert.All(site.PrintedAtEach("LF2102", workspace.RealTranslations()), printed =>
        {
            Assert.Contains("the introduction", printed.Message);
            Assert.DoesNotContain("section '#", printed.Message);
        });
    }

    [Fact]
    public void Changes_in_two_sections_name_both()
    {
        using var workspace = RealContentCopy.Create();
        workspace.Change(RealContentCopy.English, "can have disastrous consequences.", "can have serious consequences.");
        workspace.Change(RealContentCopy.English, "disappears within ten days.", "disappears within a week or two.");

        var site = workspace.BuildSafely();

        Assert.All(site.PrintedAtEach("LF2102", workspace.RealTranslations()), printed =>
        {
            Assert.Contains("section '#removal-with-electricity'", printed.Message);
            Assert.Contains("section '#treating-red-dots'", printed.Message);
        });
    }

    [Fact]
    public void Changing_only_line_ends_or_trailing_spaces_of_the_source_is_no_change()
    {
        using var workspace = RealContentCopy.Create();
        var english = workspace.ReadContent(RealContentCopy.English);
        var crlf = english.Replace("disastrous consequences.\n", "disastrous consequences.   \n").Replace("\n", "\r\n");
        workspace.WriteContentBytes(RealContentCopy.English, System.Text.Encoding.UTF8.GetBytes(crlf));

        var site = workspace.BuildSafely().AssertPublished();
        Assert.Empty(site.PrintedWith("LF2102"));
    }

    [Fact]
    public void A_translation_without_a_record_is_LF2103_at_its_first_line()
    {
        using var workspace = RealContentCopy.Create();
        var russian = workspace.ReadContent(RealContentCopy.Russian);
        var start = russian.IndexOf("translated_from:\n", StringComparison.Ordinal);
        var end = russian.IndexOf("\n---\n", start, StringComparison.Ordinal);
        workspace.WriteContent(RealContentCopy.Russian, russian[..start] + russian[(end + 1)..]);

        var site = workspace.BuildSafely();

        var printed = Printed.Single(site.Result.Diagnostics, "LF2103", "warning", RussianFile, 1, 1);
        Assert.Contains("leaflet translated", printed.Message);
        Assert.Contains("content/" + RealContentCopy.English, printed.Message);
        Assert.Empty(site.PrintedWith("LF2102"));
        site.AssertPublished();
    }

    [Theory]
    [InlineData("translated_from: yesterday")]
    [InlineData("translated_from: [a, b]")]
    [InlineData("translated_from:\n  \"_introduction\": [7dc8eb81258b]")]
    public void A_record_that_is_no_list_of_section_hashes_is_LF2104_at_its_value(string record)
    {
        using var workspace = RealContentCopy.Create();
        var russian = workspace.ReadContent(RealContentCopy.Russian);
        var start = russian.IndexOf("translated_from:\n", StringComparison.Ordinal);
        var end = russian.IndexOf("\n---\n", start, StringComparison.Ordinal);
        var text = russian[..start] + record + russian[end..];
        workspace.WriteContent(RealContentCopy.Russian, text);

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(text, record[(record.IndexOf(':') + 1)..].TrimStart(' ', '\n'));
        var printed = Printed.Single(site.Result.Diagnostics, "LF2104", "warning", RussianFile, line, column);
        Assert.Contains("'translated_from'", printed.Message);
        Assert.Contains("leaflet translated", printed.Message);
        Assert.Empty(site.PrintedWith("LF2102"));
        site.AssertPublished();
    }
}
