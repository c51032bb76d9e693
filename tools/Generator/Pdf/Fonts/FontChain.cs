namespace Leaflet.Pdf.Fonts;

/// <summary>
/// Faces tried in order for each grapheme cluster of one style: the language's files, then the
/// shipped Noto Sans face, which always comes last. Never empty.
/// </summary>
public sealed class FontChain
{
    private readonly FontFace[] _faces;

    public FontChain(IEnumerable<FontFace> faces)
    {
        _faces = faces.ToArray();
        if (_faces.Length == 0) throw new ArgumentException("A font chain needs at least one face.", nameof(faces));
    }

    /// <summary>Asked for every character of every text: an array, indexed without an enumerator.</summary>
    public ReadOnlySpan<FontFace> Faces => _faces;

    /// <summary>The first face: the one whose vertical metrics set the lines.</summary>
    public FontFace Primary => _faces[0];

    public bool CanDraw(int codePoint)
    {
        foreach (var face in _faces)
        {
            if (face.CanDraw(codePoint)) return true;
        }
        return false;
    }

    /// <summary>For messages: "the font Noto Sans Bold" or "the fonts A, Noto Sans Bold".</summary>
    public string Description =>
        _faces.Length == 1 ? $"the font {_faces[0].Name}" : $"the fonts {string.Join(", ", _faces.Select(f => f.Name))}";
}
