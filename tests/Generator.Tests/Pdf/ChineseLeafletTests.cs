using Leaflet.Pdf;
using Leaflet.Pdf.Layout;
using Leaflet.Tests.Support;
using UglyToad.PdfPig.Content;

namespace Leaflet.Tests.Pdf;

/// <summary>
/// The real content with a Chinese leaflet added (Fixtures/Sites/chinese), its _language.yaml
/// naming Droid Sans Fallback copied into content/fonts/, built once for the class. Null when
/// the font is not installed; each test then skips (or fails in CI).
/// </summary>
public sealed class ChineseSiteFixture : IDisposable
{
    public ChineseSiteFixture()
    {
        if (!File.Exists(CjkFonts.Regular)) return;
        Workspace = SiteWorkspace.FromRealContent();
        TempFolder.CopyDirectory(Repository.FixtureSite("chinese"), Workspace.ContentRoot);
        Workspace.WriteContentBytes("fonts/DroidSansFallbackFull.ttf", File.ReadAllBytes(CjkFonts.Regular));
        Site = Workspace.Build();
    }

    public SiteWorkspace? Workspace { get; }

    public BuiltSite? Site { get; }

    public void Dispose() => Workspace?.Dispose();
}

/// <summary>
/// Chinese has no spaces between words: its lines break between ideographs, at the
/// opportunities of the Unicode Line Breaking Algorithm, never before closing punctuation nor
/// after opening punctuation, and never past the margin.
/// </summary>
public sealed class ChineseLeafletTests(ChineseSiteFixture fixture) : IClassFixture<ChineseSiteFixture>
{
    private const string Folder = "zh/red-dots-on-the-body/";
    private const string Closing = "，。、）」』：；！？》〉】";
    private const string Opening = "（「『《〈【";

    public static TheoryData<string, PrintSize> Pdfs() => new()
    {
        { Folder + "red-dots-on-the-body-zh.pdf", PrintSize.Standard },
        { Folder + "red-dots-on-the-body-zh-large-print.pdf", PrintSize.Large },
    };

    private BuiltSite Site
    {
        get
        {
            CjkFonts.SkipUnlessInstalled();
            return fixture.Site!;
        }
    }

    [SkippableFact]
    public void The_chinese_leaflet_builds_with_every_character_drawn()
    {
        Site.AssertPublished();
        Assert.DoesNotContain(Site.Result.Diagnostics, d => d.Code == "LF4001" || d.Severity == Leaflet.Diagnostics.Severity.Error);
        Assert.All(Pdfs(), row => Assert.True(Site.Exists((string)row[0])));
    }

    [SkippableTheory]
    [MemberData(nameof(Pdfs))]
    public void No_line_runs_past_the_right_margin(string pdf, PrintSize size)
    {
        var right = Typography.A4Width - Typography.For(size).MarginX;
        using var document = UglyToad.PdfPig.PdfDocument.Open(Site.Bytes(pdf));

        var letters = document.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();

        Assert.True(letters.Count > 500, $"only {letters.Count} letters read back");
        var past = letters.Where(l => l.BoundingBox.Right > right + 0.5).Select(l => $"{l.Value} at {l.BoundingBox.Right:0.0}").ToList();
        Assert.True(past.Count == 0, $"past the margin at {right:0.0}: {string.Join(", ", past.Take(10))}");
    }

    [SkippableTheory]
    [MemberData(nameof(Pdfs))]
    public void No_line_starts_with_closing_punctuation_nor_ends_with_opening_punctuation(string pdf, PrintSize size)
    {
        _ = size;
        using var document = UglyToad.PdfPig.PdfDocument.Open(Site.Bytes(pdf));

        var lines = document.GetPages().SelectMany(Lines).ToList();

        Assert.True(lines.Count(l => l.Any(c => c >= '\u4E00' && c <= '\u9FFF')) > 20, $"only {lines.Count} lines read back");
        Assert.Contains(lines, l => Closing.Contains(l[^1])); // the test can see punctuation at the ends of lines
        Assert.DoesNotContain(lines, l => Closing.Contains(l[0]));
        Assert.DoesNotContain(lines, l => Opening.Contains(l[^1]));
    }

    [SkippableFact]
    public void PdfPig_reads_the_chinese_text_back_in_reading_order()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Site.Bytes(Folder + "red-dots-on-the-body-zh.pdf"));
        var text = string.Concat(document.GetPages().Select(p => p.Text));

        string[] sentences =
        [
            "皮肤上的小红点通常是由血管形成的良性小结节，医学上称为「血管瘤」。",
            "身上的小红点（血管瘤）看起来像痣，但绝大多数是无害的。",
            "专家认为，它们可能与肝脏和消化系统的问题、皮肤的细小损伤、缺乏维生素C和K，或者过敏有关。",
            "这是因为被挤出的血液又流回了原处（这种现象叫做「压之褪色」）。",
            "如果红点迅速变大、出血、变色或者疼痛，请尽快去看皮肤科医生。",
            "更多信息请参阅世界卫生组织的网站。",
        ];
        var at = 0;
        foreach (var sentence in sentences)
        {
            var found = text.IndexOf(sentence, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"not read back in order: {sentence}");
            at = found + sentence.Length;
        }
    }

    /// <summary>The page's lines of text, each its letters in order of their left edge, spaces trimmed.</summary>
    private static IEnumerable<string> Lines(Page page) =>
        page.Letters
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)).Trim())
            .Where(l => l.Length > 0);
}
