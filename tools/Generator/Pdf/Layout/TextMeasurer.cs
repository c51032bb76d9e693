using Leaflet.Pdf.Fonts;

namespace Leaflet.Pdf.Layout;

/// <summary>How wide text is and how tall a font stands, in points.</summary>
public interface ITextMeasurer
{
    double Width(ReadOnlySpan<char> text, TextStyle style);

    /// <summary>Height above the baseline, as a fraction of the font size.</summary>
    double Ascent { get; }

    /// <summary>Depth below the baseline, as a fraction of the font size.</summary>
    double Descent { get; }
}

/// <summary>Measures with the glyph advances of the shipped font files.</summary>
public sealed class FontMeasurer(FontSet fonts) : ITextMeasurer
{
    public double Width(ReadOnlySpan<char> text, TextStyle style) => fonts[style.Font].Width(text, style.Size);

    public double Ascent => (double)fonts[FontStyle.Regular].Ascender / fonts[FontStyle.Regular].UnitsPerEm;

    public double Descent => (double)fonts[FontStyle.Regular].Descender / fonts[FontStyle.Regular].UnitsPerEm;
}
