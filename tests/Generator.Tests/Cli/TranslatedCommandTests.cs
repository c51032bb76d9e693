using System.Security.Cryptography;
using System.Text;
using Leaflet.Cli;
using Leaflet.Tests.Support;
using Leaflet.Tests.Validation;

namespace Leaflet.Tests.Cli;

/// <summary>
/// Issue 7: <c>leaflet translated FILE</c> writes into a translation's front matter a hash of each
/// section of the default-language article, so the build can tell later which sections changed.
/// </summary>
public sealed class TranslatedCommandTests
{
    private sealed record Run(int Exit, string Output, string Error);

    private static Run Translated(SiteWorkspace workspace, string file)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = 0;
        var thrown = Record.Exception(() => exit = TranslatedCommand.Run(["--content", workspace.ContentRoot, file], output, error));
        Assert.True(thrown is null, $"leaflet translated threw: {thrown}");
        return new Run(exit, output.ToString(), error.ToString());
    }

    /// <summary>The Russian leaflet of the real content with its translated_from block cut out.</summary>
    private static string WithoutRecord(string text)
    {
        var start = text.IndexOf("translated_from:\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "the Russian leaflet has no translated_from block");
        var end = text.IndexOf("\n---\n", start, StringComparison.Ordinal);
        return text[..start] + text[(end + 1)..];
    }

    /// <summary>The front matter's translated_from entries as the file spells them: quoted id → hash.</summary>
    private static IReadOnlyDictionary<string, string> RecordOf(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var start = Array.IndexOf(lines, "translated_from:");
        Assert.True(start > 0, "no 'translated_from:' line in:\n" + text);
        return lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(": "))
            .ToDictionary(p => p[0].Trim('"'), p => p[1], StringComparer.Ordinal);
    }

    /// <summary>
    /// The hash the issue describes, computed here without the generator: SHA-256 of the section's
    /// Markdown (from its heading to the next heading, trailing spaces and surrounding blank lines
    /// dropped), the first 12 hex digits.
    /// </summary>
    private static string HashOfLastSection(string markdown, string heading)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0, $"no line '{heading}'");
        var text = string.Join('\n', lines[start..].Select(l => l.TrimEnd())).Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    [Fact]
    public void It_records_a_hash_of_every_source_section_keyed_by_its_heading_id()
    {
        using var workspace = RealContentCopy.Create();
        var path = workspace.PathOf(RealContentCopy.Russian);
        workspace.WriteContent(RealContentCopy.Russian, WithoutRecord(workspace.ReadContent(RealContentCopy.Russian)));

        var run = Translated(workspace, path);

        Assert.True(run.Exit == 0, run.Error);
        Assert.Contains("recorded as translated from", run.Output);
        var record = RecordOf(File.ReadAllText(path));
        Assert.Equal(
            ["_introduction", "laser-removal", "other-removal-methods", "red-dots-in-children", "removal-with-electricity",
             "removal-with-liquid-nitrogen", "treating-red-dots", "ways-to-remove-red-dots", "why-red-dots-appear"],
            record.Keys.Order(StringComparer.Ordinal));
        Assert.All(record.Values, hash => Assert.Matches("^[0-9a-f]{12}$", hash));
        Assert.Equal(HashOfLastSection(workspace.ReadContent(RealContentCopy.English), "## Red dots in children"), record["red-dots-in-children"]);
    }

    [Fact]
    public void It_leaves_every_other_line_as_it_was_and_the_build_then_finds_the_translation_up_to_date()
    {
        using var workspace = RealContentCopy.Create();
        var path = workspace.PathOf(RealContentCopy.Russian);
        var before = WithoutRecord(workspace.ReadContent(RealContentCopy.Russian));
        workspace.WriteContent(RealContentCopy.Russian, before);

        Assert.Equal(0, Translated(workspace, path).Exit);

        var after = File.ReadAllText(path);
        var recordLines = after.Split('\n').SkipWhile(l => l != "translated_from:").TakeWhile(l => l == "translated_from:" || l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Equal(before.Split('\n'), after.Split('\n').Where(l => !recordLines.Contains(l)));
        var site = workspace.BuildSafely().AssertPublished();
        Assert.Empty(site.PrintedWith("LF2102"));
        Assert.Empty(site.PrintedWith("LF2103"));
    }

    [Fact]
    public void Running_it_twice_gives_the_same_file_and_on_the_real_translation_changes_nothing()
    {
        using var workspace = RealContentCopy.Create();
        var path = workspace.PathOf(RealContentCopy.Russian);
        var committed = File.ReadAllBytes(path);

        Assert.Equal(0, Translated(workspace, path).Exit);
        var once = File.ReadAllBytes(path);
        Assert.Equal(0, Translated(workspace, path).Exit);
        var twice = File.ReadAllBytes(path);

        Assert.Equal(once, twice);
        Assert.Equal(committed, once);
    }

    [Fact]
    public void A_record_in_the_middle_of_the_front_matter_is_replaced_and_the_lines_around_it_kept_in_order()
    {
        using var workspace = RealContentCopy.Create();
        var path = workspace.PathOf(RealContentCopy.Russian);
        var text = WithoutRecord(workspace.ReadContent(RealContentCopy.Russian));
        text = text.Replace("published: 2026-11-24\n", "published: 2026-11-24\n# checked by the clinic's translator\ntranslated_from:\n  \"_introduction\": 000000000000\n  \"gone-section\": 111111111111\n");
        workspace.WriteContent(RealContentCopy.Russian, text);

        Assert.Equal(0, Translated(workspace, path).Exit);

        var after = File.ReadAllText(path);
        var kept = after.Split('\n').Where(l => l != "translated_from:" && !l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        var expected = text.Split('\n').Where(l => l != "translated_from:" && !l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected, kept);
        Assert.DoesNotContain("gone-section", after);
        Assert.DoesNotContain("000000000000", after);
        Assert.Single(after.Split('\n'), l => l == "translated_from:");
    }

    [Fact]
    public void A_file_with_a_bom_and_crlf_line_ends_keeps_both()
    {
        using var workspace = RealContentCopy.Create();
        var path = workspace.PathOf(RealContentCopy.Russian);
        var lf = WithoutRecord(workspace.ReadContent(RealContentCopy.Russian));
        byte[] bom = [0xEF, 0xBB, 0xBF];
        File.WriteAllBytes(path, [.. bom, .. Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n"))]);

        Assert.Equal(0, Translated(workspace, path).Exit);

        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan().StartsWith(bom), "the byte order mark was dropped");
        Assert.False(bytes.AsSpan(3).StartsWith(bom), "a second byte order mark was written");
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var bareLineFeeds = text.Select((c, i) => c == '\n' && (i == 0 || text[i - 1] != '\r')).Count(b => b);
        Assert.Equal(0, bareLineFeeds);
        Assert.Equal(9, RecordOf(text).Count);

        var site = workspace.BuildSafely().AssertPublished();
        Assert.Empty(site.PrintedWith("LF2102"));
        Assert.Empty(site.PrintedWith("LF2103"));
    }

    [Fact]
    public void A_malformed_record_is_written_again()
    {
        using var workspace = RealContentCopy.Create();
        var path = workspace.PathOf(RealContentCopy.Russian);
        var text = WithoutRecord(workspace.ReadContent(RealContentCopy.Russian)).Replace("next_review: 2027-11-24\n", "next_review: 2027-11-24\ntranslated_from: yesterday\n");
        workspace.WriteContent(RealContentCopy.Russian, text);
        Assert.NotEmpty(workspace.BuildSafely().PrintedWith("LF2104"));

        Assert.Equal(0, Translated(workspace, path).Exit);

        var site = workspace.BuildSafely().AssertPublished();
        Assert.Empty(site.PrintedWith("LF2104"));
        Assert.Empty(site.PrintedWith("LF2103"));
        Assert.DoesNotContain("yesterday", File.ReadAllText(path));
    }

    [Fact]
    public void After_recording_a_change_to_one_source_section_makes_the_build_name_that_section()
    {
        using var workspace = RealContentCopy.Create();
        var path = workspace.PathOf(RealContentCopy.Russian);
        workspace.WriteContent(RealContentCopy.Russian, WithoutRecord(workspace.ReadContent(RealContentCopy.Russian)));
        Assert.Equal(0, Translated(workspace, path).Exit);

        workspace.Change(RealContentCopy.English, "Surgery is needed only in the following cases:", "Surgery is needed only in these cases:");
        var site = workspace.BuildSafely();

        // Every translation is out of date alike; the Russian one was recorded by the command.
        var printed = site.PrintedAtEach("LF2102", workspace.RealTranslations())
            .Single(p => p.Path.EndsWith("content/" + RealContentCopy.Russian, StringComparison.Ordinal));
        Assert.Equal("warning", printed.Severity);
        Assert.True(printed.Line > 1);
        Assert.Contains("section '#red-dots-in-children'", printed.Message);
        Assert.DoesNotContain("'#treating-red-dots'", printed.Message);
    }

    [Fact]
    public void A_source_heading_named_like_an_element_of_the_page_is_recorded_with_the_id_the_build_gives_it()
    {
        // The build gives a heading "Main" the id main-1, since the page's <main id="main"> has main;
        // the record must use the same key, or the build calls a fresh translation out of date.
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent("en/first-aid.md", Leaflets.Text("Cool the burn.\n\n## Main\n\nUse cool running water."));
        var russian = workspace.WriteContent("ru/first-aid.md", Leaflets.Text("Охладите ожог.\n\n## Главное\n\nИспользуйте прохладную проточную воду."));

        Assert.Equal(0, Translated(workspace, russian).Exit);
        var site = workspace.BuildSafely().AssertPublished();

        Assert.True(site.PrintedWith("LF2102").Count == 0,
            $"recorded just now, yet:\n{string.Join("\n", site.PrintedWith("LF2102"))}\nrecord:\n{string.Join("\n", RecordOf(File.ReadAllText(russian)))}");
    }

    [Fact]
    public void A_default_language_article_is_LF2105_exit_1_and_the_file_is_not_touched()
    {
        using var workspace = RealContentCopy.Create();
        var path = workspace.PathOf(RealContentCopy.English);
        var before = File.ReadAllBytes(path);

        var run = Translated(workspace, path);

        Assert.Equal(1, run.Exit);
        var printed = Printed.Parse(Assert.Single(run.Error.Trim().Split('\n'), l => l.Contains("LF2105", StringComparison.Ordinal)));
        Assert.Equal("error", printed.Severity);
        Assert.EndsWith("content/" + RealContentCopy.English, printed.Path);
        Assert.Contains("not a translation", printed.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("ru/_language.yaml")]
    [InlineData("_site.yaml")]
    public void A_file_that_is_not_an_article_is_LF2105_exit_1_and_the_file_is_not_touched(string relative)
    {
        using var workspace = RealContentCopy.Create();
        var path = workspace.PathOf(relative);
        var before = File.ReadAllBytes(path);

        var run = Translated(workspace, path);

        Assert.Equal(1, run.Exit);
        var printed = Printed.Parse(Assert.Single(run.Error.Trim().Split('\n'), l => l.Contains("LF2105", StringComparison.Ordinal)));
        Assert.EndsWith("content/" + relative, printed.Path);
        Assert.Contains("not an article", printed.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_markdown_file_outside_the_content_folder_is_LF2105()
    {
        using var workspace = RealContentCopy.Create();
        var outside = workspace.Temp.Write("elsewhere/red-dots-on-the-body.md", workspace.ReadContent(RealContentCopy.Russian));

        var run = Translated(workspace, outside);

        Assert.Equal(1, run.Exit);
        Assert.Contains("error LF2105", run.Error);
    }

    [Fact]
    public void A_translation_of_a_leaflet_the_default_language_lacks_is_LF2105()
    {
        using var workspace = RealContentCopy.Create();
        var path = workspace.WriteContent("ru/only-in-russian.md", Leaflets.Text("Текст."));
        var before = File.ReadAllBytes(path);

        var run = Translated(workspace, path);

        Assert.Equal(1, run.Exit);
        Assert.Contains("error LF2105", run.Error);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData]
    [InlineData("a.md", "b.md")]
    [InlineData("--strict", "a.md")]
    public void Wrong_usage_exits_with_2(params string[] args)
    {
        var error = new StringWriter();
        var exit = TranslatedCommand.Run(args, new StringWriter(), error);
        Assert.Equal(2, exit);
        Assert.Contains("error LF9001", error.ToString());
    }
}
