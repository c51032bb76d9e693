using PdfSharp.Fonts;

namespace Leaflet.Pdf.Fonts;

/// <summary>
/// PDFsharp asks one process-wide resolver for font files. This is the only place that sets
/// it, once, under a lock; it is the one piece of static mutable state the PDF stage has.
/// </summary>
internal static class FontResolverRegistration
{
    private static readonly object Gate = new();
    private static bool _registered;

    public static void EnsureRegistered()
    {
        if (Volatile.Read(ref _registered)) return;
        lock (Gate)
        {
            if (_registered) return;
            var current = GlobalFontSettings.FontResolver;
            if (current is not null and not NotoSansResolver)
                throw new InvalidOperationException(
                    $"PDFsharp's font resolver is already set to {current.GetType().Name}; the PDF stage needs its own.");
            if (current is null) GlobalFontSettings.FontResolver = new NotoSansResolver(FontSet.Default);
            Volatile.Write(ref _registered, true);
        }
    }

    /// <summary>Maps every request to one of the four shipped faces; there is no system fallback.</summary>
    private sealed class NotoSansResolver(FontSet fonts) : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            string.Equals(familyName, FontSet.FamilyName, StringComparison.OrdinalIgnoreCase)
                ? new FontResolverInfo(FontSet.FileNameOf(FontSet.StyleOf(bold, italic)))
                : null;

        public byte[]? GetFont(string faceName) =>
            Enum.GetValues<FontStyle>()
                .Where(style => FontSet.FileNameOf(style) == faceName)
                .Select(style => fonts[style].Data)
                .FirstOrDefault();
    }
}
