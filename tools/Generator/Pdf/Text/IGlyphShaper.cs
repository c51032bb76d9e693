using System.Collections.Immutable;

namespace Leaflet.Pdf.Text;

/// <summary>Turns one item's text into positioned glyphs of its font, in font units and drawing order.</summary>
public interface IGlyphShaper
{
    /// <param name="language">The BCP 47 tag of the text's language.</param>
    ImmutableArray<ShapedGlyph> Shape(string text, TextItem item, string language);
}

/// <summary>Shapes with HarfBuzz (kerning, ligatures, contextual forms, reordering), through the face's cache.</summary>
public sealed class HarfBuzzShaper : IGlyphShaper
{
    public ImmutableArray<ShapedGlyph> Shape(string text, TextItem item, string language) =>
        item.Font.Shaping.Shape(text, item.Script, item.RightToLeft, language);
}
