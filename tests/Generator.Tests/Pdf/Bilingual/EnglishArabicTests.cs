using Leaflet.Tests.Support;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Leaflet.Tests.Pdf.Bilingual;

/// <summary>
/// The real content with the Arabic fixture leaflet added and <c>bilingual: [[en, ru], [en, ar]]</c>:
/// what the real site gives once content/ar exists. Null when Noto Naskh Arabic is not installed.
/// </summary>
public sealed class EnglishArabicSiteFixture : IDisposable
{
    public EnglishArabicSiteFixture()
    {
        var fonts = NotoFonts.NaskhArabic;
        if (!fonts.Installed) return;
        Workspace = SiteWorkspace.FromRealContent();
        TempFolder.CopyDirectory(Repository.FixtureSite("arabic"), Workspace.ContentRoot);
        Workspace.WriteContentBytes("fonts/" + fonts.RegularFile, File.ReadAllBytes(fonts.Regular));
        Workspace.WriteContentBytes("fonts/" + fonts.BoldFile, File.ReadAllBytes(fonts.Bold));
        Workspace.WriteContent("_site.yaml", Workspace.ReadContent("_site.yaml").Replace("  - [en, ru]", "  - [en, ru]\n  - [en, ar]"));
        Site = Workspace.Build();
    }

    public SiteWorkspace? Workspace { get; }

    public BuiltSite? Site { get; }

    public void Dispose() => Workspace?.Dispose();
}

/// <summary>English beside Arabic: the right column is right to left, right-aligned, in its own font, level with the left.</summary>
public class EnglishArabicTests(EnglishArabicSiteFixture fixture, ITestOutputHelper output) : IClassFixture<EnglishArabicSiteFixture>
{
    private const string File = "en/red-dots-on-the-body/red-dots-on-the-body-en-ar.pdf";

    private BuiltSite Site
    {
        get
        {
            NotoFonts.NaskhArabic.SkipUnlessInstalled();
            return fixture.Site!.AssertPublished();
        }
    }

    [SkippableFact]
    public void The_pair_makes_its_pdf_beside_the_english_one_and_the_arabic_page_offers_it()
    {
        var site = Site;
        Assert.True(site.Exists(File), site.Printed);
        Assert.True(site.Exists("en/red-dots-on-the-body/red-dots-on-the-body-en-ru.pdf"));
        var link = site.Page("ar/red-dots-on-the-body/index.html").QuerySelectorAll(".downloads a")
            .Single(a => a.GetAttribute("href") == "../../en/red-dots-on-the-body/red-dots-on-the-body-en-ar.pdf");
        Assert.Equal("English + العربية (PDF)", link.TextContent);
        if (ExternalTool.Available("qpdf", out var reason))
        {
            var (exit, stdout, stderr) = ExternalTool.Run("qpdf", "--check", site.PathOf(File));
            Assert.True(exit == 0 && !(stdout + stderr).Contains("WARNING"), stdout + stderr);
        }
        else output.WriteLine(reason);
    }

    [SkippableFact]
    public void The_arabic_column_is_on_the_right_and_its_lines_end_at_the_columns_right_edge()
    {
        using var document = PdfDocument.Open(Site.PathOf(File));
        var page = document.GetPage(1);
        var middle = page.Width / 2;
        var arabic = page.Letters.Where(l => l.Value.Length > 0 && l.Value[0] is >= '\u0600' and <= '\u06FF').ToList();
        Assert.True(arabic.Count > 200, $"{arabic.Count} Arabic letters on page 1");
        Assert.All(arabic, l => Assert.True(l.BoundingBox.Left > middle, $"'{l.Value}' at {l.BoundingBox.Left:0.#}"));
        Assert.DoesNotContain(page.Letters, l => l.Value[0] is >= 'A' and <= 'z' && l.BoundingBox.Left > middle && l.FontSize > 12);
        // Right-aligned: the lines of body text end together at the right edge of the column.
        var lineEnds = arabic.Where(l => Math.Abs(l.FontSize - 11) < 0.1).GroupBy(l => Math.Round(l.StartBaseLine.Y)).Select(g => g.Max(l => l.BoundingBox.Right)).ToList();
        Assert.True(lineEnds.Count > 10, $"{lineEnds.Count} lines");
        var edge = lineEnds.Max();
        // Paragraphs end at the edge, list items and callouts inside it by their indent; none is ragged at the right.
        Assert.True(lineEnds.Count(e => edge - e < 1) >= 5, $"line ends: {string.Join(", ", lineEnds.Select(e => e.ToString("0.#")))}");
        Assert.True(edge > page.Width - 42 - 3 && edge <= page.Width - 42 + 1, $"the column ends at {edge:0.#}");
    }

    [SkippableFact]
    public void Every_section_starts_at_the_same_height_in_the_english_and_the_arabic_column()
    {
        _ = Site;
        var (pdf, result) = BilingualRequests.Write(BilingualRequests.For(fixture.Workspace!.ContentRoot, "red-dots-on-the-body", "en", "ar"));
        var (worst, unshared) = BilingualRequests.AssertSectionStartsAlign(result);
        output.WriteLine($"{result.Pages} pages, {pdf.Length} bytes, largest difference {worst:0.###} pt, {unshared} sections beside an empty column");
        Assert.Equal(pdf, System.IO.File.ReadAllBytes(Site.PathOf(File)));
    }
}
