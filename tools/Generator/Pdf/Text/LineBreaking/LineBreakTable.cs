namespace Leaflet.Pdf.Text.LineBreaking;

/// <summary>
/// The line-break properties of every code point as a two-stage table: <c>Blocks</c> maps a code
/// point's block of <see cref="BlockSize"/> to one of the distinct blocks stored in <c>Values</c>.
/// Code points at or past <c>Limit</c> all share the last block's value. The data are generated
/// from the Unicode Character Database by the test that keeps them in step with it.
/// </summary>
internal static partial class LineBreakTable
{
    public const int BlockShift = 7;
    public const int BlockSize = 1 << BlockShift;

    public static byte Lookup(int codePoint)
    {
        if ((uint)codePoint >= Limit) return Beyond;
        return Values[(Blocks[codePoint >> BlockShift] << BlockShift) | (codePoint & (BlockSize - 1))];
    }
}
