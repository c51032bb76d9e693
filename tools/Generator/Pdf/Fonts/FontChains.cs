namespace Leaflet.Pdf.Fonts;

/// <summary>
/// The fallback chain of each style for one language. A language names regular and bold
/// files; italic uses its regular files and bold italic its bold ones (the language's fonts
/// are drawn upright), each ending in the shipped Noto Sans face of its own style, so text the
/// chain leaves to Noto Sans is still slanted. Without bold files, bold uses the regular ones.
/// </summary>
public sealed class FontChains
{
    private static readonly Lazy<FontChains> ShippedChains = new(() => Shipped(FontSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FontChain[] _chains;

    private FontChains(FontChain[] chains) => _chains = chains;

    public FontChain this[FontStyle style] => _chains[(int)style];

    /// <summary>The first regular face, whose ascent and descent place every line's baseline.</summary>
    public FontFace Metrics => this[FontStyle.Regular].Primary;

    /// <summary>The shipped Noto Sans faces alone, as loaded beside the tool.</summary>
    public static FontChains Default => ShippedChains.Value;

    /// <summary>The shipped Noto Sans faces alone.</summary>
    public static FontChains Shipped(FontSet shipped) => For([], [], shipped);

    public static FontChains For(IReadOnlyList<FontFace> regular, IReadOnlyList<FontFace> bold, FontSet shipped)
    {
        var boldFaces = bold.Count > 0 ? bold : regular;
        var chains = Enum.GetValues<FontStyle>()
            .Select(style => new FontChain(
                (style is FontStyle.Bold or FontStyle.BoldItalic ? boldFaces : regular).Append(shipped[style])))
            .ToArray();
        return new FontChains(chains);
    }
}
