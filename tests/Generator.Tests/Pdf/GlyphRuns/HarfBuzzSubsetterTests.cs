using Leaflet.Pdf.Rendering.GlyphRuns;

namespace Leaflet.Tests.Pdf.GlyphRuns;

public class HarfBuzzSubsetterTests
{
    private static string NotoSans => Path.Combine(EnglishLeaflet.RepositoryRoot, "tools", "Generator", "Pdf", "Fonts", "NotoSans-Regular.ttf");

    [Fact]
    public void A_subset_keeps_the_glyphs_asked_for_at_their_numbers_with_the_parts_of_composite_glyphs_and_nothing_else()
    {
        var original = new TrueTypeGlyphs(File.ReadAllBytes(NotoSans));
        // "ÅéŐ" and the "ffi" ligature: the accented letters are composite glyphs in Noto Sans.
        var asked = Shaping.Shape(NotoSans, "ÅéŐ office", 12).Glyphs.Select(g => (int)g.GlyphId).Distinct().ToList();
        var components = asked.SelectMany(g => original.Components(g)).Distinct().ToList();
        Assert.NotEmpty(components);

        var subset = new TrueTypeGlyphs(HarfBuzzSubsetter.Subset(File.ReadAllBytes(NotoSans), asked.Select(g => (ushort)g)));

        Assert.True(subset.Count <= original.Count && subset.Count > asked.Max());
        foreach (var glyph in asked.Concat(components))
        {
            Assert.Equal(original.HasOutline(glyph), subset.HasOutline(glyph));
            Assert.Equal(original.Advance(glyph), subset.Advance(glyph));
            Assert.Equal(original.Components(glyph), subset.Components(glyph));
        }
        var kept = Enumerable.Range(0, subset.Count).Where(subset.HasOutline).ToHashSet();
        // .notdef may keep its outline.
        Assert.Subset(asked.Concat(components).Append(0).ToHashSet(), kept);
        Assert.False(subset.HasTable("GSUB") || subset.HasTable("GPOS"));
    }
}
