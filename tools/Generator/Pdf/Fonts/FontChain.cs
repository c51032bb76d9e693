namespace Leaflet.Pdf.Fonts;

/// <summary>
/// Faces tried in order for each grapheme cluster of one style: the language's files, then the
/// shipped Noto Sans face, which always comes last. Never empty.
/// </summary>
public sealed class FontChain
{
    public FontChain(IReadOnlyList<FontFace> faces)
    {
        if (faces.Count == 0) throw new ArgumentException("A font chain needs at least one face.", nameof(faces));
        Faces = faces;
    }

    public IReadOnlyList<FontFace> Faces { get; }

    /// <summary>The first face: the one whose vertical metrics set the lines.</summary>
    public FontFace Primary => Faces[0];

    public bool CanDraw(int codePoint)
    {
        foreach (var face in Faces)
        {
            if (face.CanDraw(codePoint)) return true;
        }
        return false;
    }

    /// <summary>For messages: "the font Noto Sans Bold" or "the fonts A, Noto Sans Bold".</summary>
    public string Description =>
        Faces.Count == 1 ? $"the font {Faces[0].Name}" : $"the fonts {string.Join(", ", Faces.Select(f => f.Name))}";
}
