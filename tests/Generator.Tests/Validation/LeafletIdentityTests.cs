using System.Text;
using Leaflet.Cli;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Validation;

/// <summary>
/// A printed leaflet is known by its code and version: missing ones, a code two leaflets share, and a
/// text changed since its version was released are warnings at the file's own line, never errors.
/// </summary>
public sealed class LeafletIdentityTests
{
    private static (int Exit, string Output, string Error) Release(SiteWorkspace workspace, string relative)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ReleaseCommand.Run(["--content", workspace.ContentRoot, workspace.PathOf(relative)], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_real_leaflets_carry_a_code_and_version_and_build_without_identity_warnings()
    {
        using var workspace = RealContentCopy.Create();

        var site = workspace.BuildSafely().AssertPublished();

        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code is "LF1031" or "LF1032" or "LF1033");
    }

    [Fact]
    public void A_leaflet_without_a_code_is_an_LF1031_warning_and_the_site_is_still_published()
    {
        using var workspace = RealContentCopy.Create();
        workspace.Change(RealContentCopy.English, "code: DERM-014\n", "");

        var site = workspace.BuildSafely().AssertPublished();

        var printed = Printed.Single(site.Result.Diagnostics, "LF1031", "warning", "content/" + RealContentCopy.English, 1, 1);
        Assert.Contains("no code", printed.Message);
        Assert.Contains("'code: DERM-014'", printed.Message);
    }

    [Fact]
    public void A_leaflet_without_a_version_is_an_LF1031_warning_naming_the_version()
    {
        using var workspace = RealContentCopy.Create();
        workspace.Change(RealContentCopy.Russian, "version: 1.0\n", "");

        var site = workspace.BuildSafely().AssertPublished();

        var printed = Printed.Single(site.Result.Diagnostics, "LF1031", "warning", "content/" + RealContentCopy.Russian, 1, 1);
        Assert.Contains("no version", printed.Message);
    }

    [Fact]
    public void Two_leaflets_with_one_code_are_LF1032_warnings_at_each_code_line_naming_the_other_file()
    {
        using var workspace = RealContentCopy.Create();
        var text = Leaflets.Text("Drink water often.\n", "Drinking water", new Dictionary<string, string> { ["code"] = "derm-014", ["version"] = "1.0" });
        workspace.WriteContent("en/drinking-water.md", text);

        var site = workspace.BuildSafely().AssertPublished();

        var warnings = site.Result.Diagnostics.Where(d => d.Code == "LF1032").Select(d => Printed.Parse(d.ToString())).ToList();
        // The added leaflet and the real one in each of its languages.
        Assert.Equal(1 + workspace.RealArticles().Count, warnings.Count);
        var added = Assert.Single(warnings, w => w.Path.EndsWith("en/drinking-water.md", StringComparison.Ordinal));
        Assert.Equal((TextPosition.Of(text, "code:").Line, "warning"), (added.Line, added.Severity));
        Assert.Contains("red-dots-on-the-body.md", added.Message);
        var english = Assert.Single(warnings, w => w.Path.EndsWith(RealContentCopy.English, StringComparison.Ordinal));
        Assert.Equal(RealContentCopy.LineStarting(workspace.ReadContent(RealContentCopy.English), "code:"), english.Line);
        Assert.Contains("drinking-water.md", english.Message);
    }

    [Fact]
    public void Translations_of_one_leaflet_share_its_code_without_a_warning()
    {
        using var workspace = RealContentCopy.Create();

        var site = workspace.BuildSafely().AssertPublished();

        Assert.Equal(["DERM-014", "DERM-014"], new[] { RealContentCopy.English, RealContentCopy.Russian }
            .Select(f => workspace.ReadContent(f).Split('\n').Single(l => l.StartsWith("code:", StringComparison.Ordinal))[5..].Trim()));
        Assert.Empty(site.PrintedWith("LF1032"));
    }

    [Fact]
    public void Release_records_the_version_as_written_and_the_hash_and_the_unchanged_article_builds_without_LF1033()
    {
        using var workspace = RealContentCopy.Create();
        workspace.Change(RealContentCopy.English, "version: 1.0\n", "version: 1.10\n");

        var run = Release(workspace, RealContentCopy.English);

        Assert.True(run.Exit == 0, run.Error);
        var text = workspace.ReadContent(RealContentCopy.English);
        var front = text.Split("\n---\n")[0];
        Assert.Matches("\nreleased:\n  version: \"1\\.10\"\n  hash: [0-9a-f]{12}$", front);
        Assert.Contains("version: 1.10\n", front);
        Assert.Empty(workspace.BuildSafely().AssertPublished().PrintedWith("LF1033"));
    }

    [Fact]
    public void A_changed_article_whose_version_did_not_change_is_LF1033_at_the_release_record_until_the_version_is_raised()
    {
        using var workspace = RealContentCopy.Create();
        Assert.Equal(0, Release(workspace, RealContentCopy.English).Exit);
        var text = workspace.ReadContent(RealContentCopy.English) + "\nA paragraph added after the release.\n";
        workspace.WriteContent(RealContentCopy.English, text);

        var site = workspace.BuildSafely().AssertPublished();

        var printed = Printed.Single(site.Result.Diagnostics, "LF1033", "warning", "content/" + RealContentCopy.English,
            RealContentCopy.LineStarting(text, "released:"), 1);
        Assert.Contains("since version 1.0 was released", printed.Message);
        Assert.Contains("leaflet release", printed.Message);

        workspace.Change(RealContentCopy.English, "version: 1.0\n", "version: 1.1\n");
        Assert.Empty(workspace.BuildSafely().AssertPublished().PrintedWith("LF1033"));
    }

    [Fact]
    public void Release_of_an_article_without_a_version_is_LF1034_and_leaves_the_file_as_it_was()
    {
        using var workspace = RealContentCopy.Create();
        var before = workspace.Change(RealContentCopy.Russian, "version: 1.0\n", "");

        var run = Release(workspace, RealContentCopy.Russian);

        Assert.Equal(1, run.Exit);
        var printed = Printed.Parse(run.Error.Trim().Split('\n').Single(l => l.Contains("LF1034", StringComparison.Ordinal)));
        Assert.Equal(("error", 1), (printed.Severity, printed.Line));
        Assert.Equal(before, workspace.ReadContent(RealContentCopy.Russian));
    }

    [Fact]
    public void Release_keeps_a_byte_order_mark_and_replaces_an_earlier_record()
    {
        using var workspace = RealContentCopy.Create();
        var path = workspace.PathOf(RealContentCopy.English);
        File.WriteAllText(path, workspace.ReadContent(RealContentCopy.English), new UTF8Encoding(true));

        Assert.Equal(0, Release(workspace, RealContentCopy.English).Exit);
        Assert.True(File.ReadAllBytes(path).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "the byte order mark was dropped");
        workspace.Change(RealContentCopy.English, "version: 1.0\n", "version: 2.0\n");
        Assert.Equal(0, Release(workspace, RealContentCopy.English).Exit);

        var text = workspace.ReadContent(RealContentCopy.English);
        Assert.Single(text.Split('\n'), l => l.StartsWith("released:", StringComparison.Ordinal));
        Assert.Contains("  version: \"2.0\"", text);
    }
}
