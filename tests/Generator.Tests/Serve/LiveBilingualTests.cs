using Leaflet.Tests.Support;

namespace Leaflet.Tests.Serve;

/// <summary>serve keeps a bilingual PDF in step with both of its translations.</summary>
public class LiveBilingualTests
{
    private const string Pdf = "en/first-aid-for-burns/first-aid-for-burns-en-ru.pdf";

    [Theory]
    [InlineData("ru")]
    [InlineData("en")]
    public void Changing_either_translation_makes_the_bilingual_pdf_again_and_matches_a_build_from_scratch(string language)
    {
        var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("_site.yaml", workspace.ReadContent("_site.yaml") + "bilingual:\n  - [en, ru]\n");
        using var live = new LiveSite(workspace, noPdf: false);
        var before = live.Builder.Current.Files[Pdf];
        var file = $"{language}/first-aid-for-burns.md";
        var text = live.Workspace.ReadContent(file);
        var sentence = text.Split('\n').First(l => l.Length > 40 && !l.Contains(':') && !l.StartsWith('#'));
        live.Workspace.WriteContent(file, text.Replace(sentence, sentence + " Added while serving."));

        var report = live.Changed("content/" + file);

        Assert.True(report.Published, string.Join("\n", report.Diagnostics));
        Assert.Contains(Pdf, report.Changed);
        Assert.False(before.AsSpan().SequenceEqual(live.Builder.Current.Files[Pdf]));
        // The English standard and large-print PDFs and the bilingual one, plus the Russian pair when Russian changed.
        Assert.Equal(language == "ru" ? 5 : 3, report.PdfsMade);
        live.AssertSameAsFromScratch(report);
    }
}
