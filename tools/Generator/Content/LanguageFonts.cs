namespace Leaflet.Content;

/// <summary>A font file a language names, with where <c>_language.yaml</c> names it for diagnostics.</summary>
/// <param name="Path">The full path of the file.</param>
public sealed record FontFile(string Path, string DeclaredIn, int Line, int Column);

/// <summary>
/// The fonts a language's PDFs are set in, each list a fallback chain tried grapheme cluster by
/// grapheme cluster before the shipped Noto Sans. Empty lists: the shipped fonts alone.
/// </summary>
public sealed record LanguageFonts(IReadOnlyList<FontFile> Regular, IReadOnlyList<FontFile> Bold)
{
    public static readonly LanguageFonts None = new([], []);
}
