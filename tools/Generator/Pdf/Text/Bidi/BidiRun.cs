namespace Leaflet.Pdf.Text.Bidi;

/// <summary>
/// Characters [<see cref="Start"/>, <see cref="End"/>) of a paragraph (UTF-16 indexes, logical
/// order) resolved to one level: what is shaped and drawn as one piece. At an odd level its
/// characters read right to left.
/// </summary>
public readonly record struct BidiRun(int Start, int End, byte Level)
{
    public int Length => End - Start;

    public bool IsRightToLeft => (Level & 1) != 0;
}
