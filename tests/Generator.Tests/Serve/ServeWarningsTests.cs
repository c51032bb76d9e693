using Leaflet.Serve;
using Leaflet.Tests.Support;
using Leaflet.Tests.Validation;

namespace Leaflet.Tests.Serve;

/// <summary>
/// A good build's warnings (a plain-language finding among them) stay with the build serve shows, go to
/// the open pages as a <c>warnings</c> event for the overlay, and are gone once the text is fixed.
/// </summary>
public sealed class ServeWarningsTests
{
    private const string Sample = "en/sample.md";
    private static readonly Dictionary<string, string> Identity = new() { ["code"] = "SAMPLE-1", ["version"] = "1.0" };
    private const string Long = "Cool the burn under cool running water for twenty minutes.";

    [Fact]
    public void A_good_build_keeps_a_long_sentence_warning_at_its_place_for_the_overlay_until_the_sentence_is_shortened()
    {
        var workspace = SiteWorkspace.FromFixture("basic");
        workspace.Change("en/_language.yaml", "strings:\n", "plain_language:\n  max_sentence_words: 6\nstrings:\n");
        var text = Leaflets.Text($"Burns hurt. {Long}\n", fields: Identity);
        workspace.WriteContent(Sample, text);
        using var live = new LiveSite(workspace);

        Assert.True(live.First.Published);
        var warning = Assert.Single(live.Builder.Current.Warnings, d => d.Code == "LF1101" && d.File.EndsWith(Sample, StringComparison.Ordinal));
        Assert.Equal(TextPosition.Of(text, "Cool the burn"), (warning.Line, warning.Column));
        var message = ServerEvents.Warnings(live.Builder.Current.Warnings);
        Assert.StartsWith("event: warnings\ndata: {\"warnings\":", message);
        Assert.Contains($"sample.md({warning.Line},{warning.Column}): warning LF1101", message);

        workspace.WriteContent(Sample, Leaflets.Text("Burns hurt. Cool the burn at once.\n", fields: Identity));
        var fixedBuild = live.Changed("content/" + Sample);

        Assert.True(fixedBuild.Published);
        Assert.DoesNotContain(live.Builder.Current.Warnings, d => d.Code == "LF1101" && d.File.EndsWith(Sample, StringComparison.Ordinal));
        Assert.DoesNotContain("sample.md(", ServerEvents.Warnings(live.Builder.Current.Warnings));
        Assert.Contains("first-aid-for-burns.md", ServerEvents.Warnings(live.Builder.Current.Warnings));
    }
}
