using Leaflet.Tests.Support;

namespace Leaflet.Tests.Pdf;

/// <summary>
/// Farsi and Urdu added as folders, as a clinic would: a <c>_language.yaml</c> with
/// <c>direction: rtl</c> naming the Arabic-script fonts the content already has (Noto Naskh Arabic
/// covers پ چ ژ گ and ٹ ڈ ڑ ں ہ ے), and a leaflet. Each builds with every character drawn, reads back in
/// logical order through poppler and the tagged structure, and prints its dates in the Gregorian
/// calendar although fa-IR's own is the Persian one.
/// </summary>
public sealed class PersianAndUrduLeafletTests
{
    public static TheoryData<string, string, string, string> Languages => new()
    {
        {
            "fa", "فارسی", "fa-IR",
            "اگر نقطه بزرگ شد یا خونریزی کرد، پیش پزشک پوست بروید."
        },
        {
            "ur", "اردو", "ur-PK",
            "اگر نقطہ بڑا ہو جائے یا اس سے خون نکلے تو جلد کے ڈاکٹر سے ملیں۔"
        },
    };

    [SkippableTheory]
    [MemberData(nameof(Languages))]
    public void A_right_to_left_language_added_as_a_folder_builds_and_reads_back_in_logical_order(
        string code, string name, string culture, string sentence)
    {
        NotoFonts.NaskhArabic.SkipUnlessInstalled();
        GlyphRuns.SystemFonts.RequireTools("pdftotext");
        using var workspace = SiteWorkspace.FromRealContent();
        // The Arabic folder's settings, strings and fonts; its own name, culture and text.
        var language = workspace.ReadContent("ar/_language.yaml")
            .Replace("name: العربية", $"name: {name}")
            .Replace("culture: ar-EG", $"culture: {culture}");
        Assert.Contains($"culture: {culture}", language);
        workspace.WriteContent($"{code}/_language.yaml", language);
        workspace.WriteContent($"{code}/red-dots-on-the-body.md", $"""
            ---
            title: {name}
            description: "{sentence}"
            published: 2026-11-24
            last_reviewed: 2026-11-24
            next_review: 2027-11-24
            ---

            {sentence} PDF 0,5 www.who.int

            """);

        var site = workspace.Build();

        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Severity == Leaflet.Diagnostics.Severity.Error || d.Code == "LF4001");
        var pdf = $"{code}/red-dots-on-the-body/red-dots-on-the-body-{code}.pdf";
        var (exit, output, error) = ExternalTool.Run("pdftotext", site.PathOf(pdf), "-");
        Assert.True(exit == 0, error);
        // A full stop between right-to-left words and a left-to-right piece is one poppler moves past the piece (decision 0071).
        Assert.Contains(WithoutSpaces(sentence.TrimEnd('.')), WithoutSpaces(output));
        using var document = UglyToad.PdfPig.PdfDocument.Open(site.Bytes(pdf));
        var tagged = TaggedText.Read(document);
        Assert.Contains($"{sentence} PDF 0,5 www.who.int", tagged);
        // 24 November 2026 is 3 Azar 1405 in the Persian calendar.
        Assert.Contains("24", tagged);
        Assert.Contains("2026", tagged);
        Assert.DoesNotContain("1405", tagged);
    }

    /// <summary>pdftotext's text without spaces and the marks it puts around right-to-left lines and left-to-right pieces.</summary>
    private static string WithoutSpaces(string text) =>
        new([.. text.Where(c => c is not ('\u202A' or '\u202B' or '\u202C' or ' ' or '\n'))]);
}
