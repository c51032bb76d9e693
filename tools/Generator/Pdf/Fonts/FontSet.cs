namespace Leaflet.Pdf.Fonts;

public enum FontStyle
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

/// <summary>
/// The four Noto Sans faces, read from the files shipped beside the tool (never from the
/// machine, so every machine draws the same glyphs). Immutable once loaded.
/// </summary>
public sealed class FontSet
{
    public const string FamilyName = "Noto Sans";

    private static readonly Lazy<FontSet> Shipped = new(
        () => Load(Path.Combine(AppContext.BaseDirectory, "Pdf", "Fonts")),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FontFace[] _faces;

    private FontSet(FontFace[] faces) => _faces = faces;

    /// <summary>The fonts copied next to the built assembly.</summary>
    public static FontSet Default => Shipped.Value;

    public FontFace this[FontStyle style] => _faces[(int)style];

    public static FontStyle StyleOf(bool bold, bool italic) =>
        (bold, italic) switch
        {
            (true, true) => FontStyle.BoldItalic,
            (true, false) => FontStyle.Bold,
            (false, true) => FontStyle.Italic,
            _ => FontStyle.Regular,
        };

    public static string FileNameOf(FontStyle style) => $"NotoSans-{style}.ttf";

    public static FontSet Load(string directory)
    {
        var faces = Enum.GetValues<FontStyle>()
            .Select(style => FontFace.Load(
                style == FontStyle.Regular ? FamilyName : $"{FamilyName} {DisplayName(style)}",
                File.ReadAllBytes(Path.Combine(directory, FileNameOf(style)))))
            .ToArray();
        return new FontSet(faces);
    }

    private static string DisplayName(FontStyle style) =>
        style == FontStyle.BoldItalic ? "Bold Italic" : style.ToString();
}
