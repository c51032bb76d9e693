using System.Text.Json;
using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Text;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Pdf;

/// <summary>
/// The real content with a Hindi leaflet added (Fixtures/Sites/hindi), its _language.yaml naming
/// Noto Sans Devanagari copied into content/fonts/, built once for the class. Null when the
/// fonts are not installed; each test then skips (or fails in CI).
/// </summary>
public sealed class HindiSiteFixture : IDisposable
{
    public HindiSiteFixture()
    {
        if (!File.Exists(DevanagariFonts.Regular) || !File.Exists(DevanagariFonts.Bold)) return;
        Workspace = SiteWorkspace.FromRealContent();
        TempFolder.CopyDirectory(Repository.FixtureSite("hindi"), Workspace.ContentRoot);
        Workspace.WriteContentBytes("fonts/NotoSansDevanagari-Regular.ttf", File.ReadAllBytes(DevanagariFonts.Regular));
        Workspace.WriteContentBytes("fonts/NotoSansDevanagari-Bold.ttf", File.ReadAllBytes(DevanagariFonts.Bold));
        Site = Workspace.Build();
    }

    public SiteWorkspace? Workspace { get; }

    public BuiltSite? Site { get; }

    public void Dispose() => Workspace?.Dispose();
}

/// <summary>
/// A clinic adds a language in a shaped script by adding a folder whose _language.yaml names
/// its fonts: the Hindi leaflet builds, its text is shaped exactly as HarfBuzz's own hb-shape
/// shapes it, and the PDF gives the text back in reading order.
/// </summary>
public sealed class HindiLeafletTests(HindiSiteFixture fixture) : IClassFixture<HindiSiteFixture>
{
    private const string Pdf = "hi/red-dots-on-the-body/red-dots-on-the-body-hi.pdf";

    /// <summary>Conjuncts (क्ष, ज्ञ, स्व), a reph-like cluster, nasalisation, the short i that is drawn before its consonant.</summary>
    public static TheoryData<string, bool> SampleWords() => new()
    {
        { "त्वचा", false },
        { "विशेषज्ञ", false },
        { "स्वास्थ्य", false },
        { "हेमांजियोमा", true },
        { "क्षमा", false },
        { "कि", true },
    };

    private BuiltSite Site
    {
        get
        {
            DevanagariFonts.SkipUnlessInstalled();
            return fixture.Site!;
        }
    }

    [SkippableFact]
    public void The_hindi_leaflet_builds_with_every_character_drawn()
    {
        Site.AssertPublished();
        Assert.DoesNotContain(Site.Result.Diagnostics, d => d.Code == "LF4001" || d.Severity == Leaflet.Diagnostics.Severity.Error);
        Assert.True(Site.Exists(Pdf));
        Assert.True(Site.Exists("hi/red-dots-on-the-body/red-dots-on-the-body-hi-large-print.pdf"));
    }

    [SkippableTheory]
    [MemberData(nameof(SampleWords))]
    public void The_glyphs_the_layout_draws_for_a_word_are_those_hb_shape_gives(string word, bool bold)
    {
        DevanagariFonts.SkipUnlessInstalled();
        DevanagariFonts.SkipUnlessHbShape();
        var library = new FontLibrary();
        var fonts = FontChains.For([library.Load(DevanagariFonts.Regular)], [library.Load(DevanagariFonts.Bold)], FontSet.Default);
        var measurer = new TextMeasurer(fonts, new HarfBuzzShaper(), "hi-IN");
        var style = new TextStyle(bold ? FontStyle.Bold : FontStyle.Regular, 12, new Rgb(0, 0, 0));

        var lines = LineBreaker.Break([new StyledRun(word, style)], 400, measurer);

        var run = Assert.Single(Assert.Single(lines).Segments).Run;
        var file = bold ? DevanagariFonts.Bold : DevanagariFonts.Regular;
        Assert.Same(library.Load(file), run.Font);
        Assert.Equal(HbShape(file, word), run.Glyphs.Select(g => (g.GlyphId, g.XAdvance, g.XOffset, g.YOffset)));
    }

    [SkippableFact]
    public void Latin_letters_digits_and_punctuation_in_hindi_text_are_drawn_from_the_fallback_chain()
    {
        DevanagariFonts.SkipUnlessInstalled();
        var library = new FontLibrary();
        var devanagari = library.Load(DevanagariFonts.Regular);
        var fonts = FontChains.For([devanagari], [], FontSet.Default);
        var measurer = new TextMeasurer(fonts, new HarfBuzzShaper(), "hi-IN");
        var style = new TextStyle(FontStyle.Regular, 12, new Rgb(0, 0, 0));

        var items = measurer.Shape("विटामिन C और K की कमी (12)", style);

        Assert.Equal(
            [("विटामिन ", devanagari.Name), ("C ", "Noto Sans"), ("और ", devanagari.Name), ("K ", "Noto Sans"), ("की कमी (12)", devanagari.Name)],
            items.Select(i => (i.Text, i.Run.Font.Name)));
        Assert.All(items, i => Assert.DoesNotContain(i.Run.Glyphs, g => g.GlyphId == 0));
    }

    [SkippableFact]
    public void A_word_wider_than_the_line_breaks_between_grapheme_clusters_never_inside_one()
    {
        DevanagariFonts.SkipUnlessInstalled();
        var fonts = FontChains.For([new FontLibrary().Load(DevanagariFonts.Regular)], [], FontSet.Default);
        var measurer = new TextMeasurer(fonts, new HarfBuzzShaper(), "hi-IN");
        var word = string.Concat(Enumerable.Repeat("स्वास्थ्य", 6));

        var lines = LineBreaker.Break([new StyledRun(word, new TextStyle(FontStyle.Regular, 12, new Rgb(0, 0, 0)))], 40, measurer);

        Assert.True(lines.Count > 2);
        Assert.Equal(word, string.Concat(lines.Select(l => l.Text)));
        var clusters = System.Globalization.StringInfo.ParseCombiningCharacters(word).Append(word.Length).ToHashSet();
        var at = 0;
        foreach (var line in lines)
        {
            Assert.Contains(at, clusters);
            at += line.Text.Length;
        }
    }

    [SkippableFact]
    public void PdfPig_reads_the_hindi_text_back_in_reading_order()
    {
        DevanagariFonts.SkipUnlessInstalled();
        using var document = UglyToad.PdfPig.PdfDocument.Open(Site.Bytes(Pdf));
        var text = string.Concat(document.GetPages().Select(p => p.Text));

        Assert.Contains("शरीर पर छोटे लाल दाने", text);
        Assert.Contains("विशेषज्ञ ऐसे दानों के तीन प्रकार बताते हैं", text);
        Assert.Contains("विटामिन C और K", text);
    }

    /// <summary>Glyph, advance and offsets (hb-shape counts clusters in UTF-8 bytes, the layout in UTF-16 units).</summary>
    private static IReadOnlyList<(ushort, int, int, int)> HbShape(string font, string text)
    {
        var (exit, output, error) = ExternalTool.Run("hb-shape", "--output-format=json", "--no-glyph-names",
            "--script=deva", "--language=hi-IN", "--direction=ltr", font, text);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(g => ((ushort)g.GetProperty("g").GetInt32(), g.GetProperty("ax").GetInt32(), g.GetProperty("dx").GetInt32(), g.GetProperty("dy").GetInt32()))
            .ToList();
    }
}
