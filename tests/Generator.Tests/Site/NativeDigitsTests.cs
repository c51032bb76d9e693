using Leaflet.Tests.Pdf;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Site;

/// <summary>
/// <c>digits: native</c> in the Arabic fixture's _language.yaml: its dates, file sizes, list numbers and
/// PDF page numbers in Arabic-Indic digits; what the author wrote, and every other language, unchanged.
/// </summary>
public sealed class NativeDigitsTests
{
    [SkippableFact]
    public void Dates_file_sizes_list_numbers_and_pdf_page_numbers_are_in_the_languages_own_digits_and_english_keeps_latin_ones()
    {
        NotoFonts.NaskhArabic.SkipUnlessInstalled();
        using var workspace = SiteWorkspace.FromRealContent();
        TempFolder.CopyDirectory(Repository.FixtureSite("arabic"), workspace.ContentRoot);
        workspace.WriteContentBytes("fonts/" + NotoFonts.NaskhArabic.RegularFile, File.ReadAllBytes(NotoFonts.NaskhArabic.Regular));
        workspace.WriteContentBytes("fonts/" + NotoFonts.NaskhArabic.BoldFile, File.ReadAllBytes(NotoFonts.NaskhArabic.Bold));
        workspace.WriteContent("ar/_language.yaml", workspace.ReadContent("ar/_language.yaml").Replace("digits: latin", "digits: native"));

        var site = workspace.Build().AssertPublished();

        var page = site.Page("ar/red-dots-on-the-body/index.html");
        Assert.Equal("٢٤ نوفمبر ٢٠٢٦", page.QuerySelectorAll(".leaflet-dates time")[1].TextContent);
        Assert.All(page.QuerySelectorAll(".downloads .size"), size => Assert.Matches("^\\([٠-٩]+\u00a0ك.ب\\)$", size.TextContent));
        Assert.Contains("بين 0,5 و3", page.QuerySelector(".callout")!.TextContent);
        // Its ordered lists count in the same digits, through a counter style of its own.
        Assert.Contains("symbols: ٠ ١ ٢ ٣ ٤ ٥ ٦ ٧ ٨ ٩;", page.QuerySelector("head style")!.TextContent);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(site.Bytes("ar/red-dots-on-the-body/red-dots-on-the-body-ar.pdf"));
        var footer = pdf.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y)).MinBy(g => g.Key)!.Select(l => l.Value).ToList();
        Assert.Contains("١", footer);
        Assert.DoesNotContain(footer, l => l.Length == 1 && char.IsAsciiDigit(l[0]));
        Assert.Contains(pdf.GetPage(1).Letters, l => l.Value == "٣");
        Assert.DoesNotContain(pdf.GetPage(1).Letters, l => l.Value == "1");

        // The Arabic column of the English + Arabic leaflet numbers its pages in the same digits.
        using var bilingual = UglyToad.PdfPig.PdfDocument.Open(site.Bytes("en/red-dots-on-the-body/red-dots-on-the-body-en-ar.pdf"));
        Assert.Contains(bilingual.GetPage(1).Letters, l => l.Value == "١");

        var english = site.Page("en/red-dots-on-the-body/index.html");
        Assert.Matches("^\\d+ [A-Z][a-z]+ 20\\d\\d$", english.QuerySelectorAll(".leaflet-dates time")[1].TextContent);
        Assert.All(english.QuerySelectorAll(".downloads .size"), size => Assert.Matches("^\\([0-9]+\u00a0KB\\)$", size.TextContent));
        Assert.Null(english.QuerySelector("head style"));
    }
}
