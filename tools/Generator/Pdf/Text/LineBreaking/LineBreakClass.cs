namespace Leaflet.Pdf.Text.LineBreaking;

/// <summary>
/// The Line_Break property values of UAX #14 that remain after its rule LB1 resolves the
/// context-dependent ones (AI, SG and XX become AL; SA becomes CM for Mn and Mc, AL otherwise; CJ
/// becomes NS), so the table holds only classes the rules name. The names are the standard's own.
/// </summary>
internal enum LineBreakClass : byte
{
    BK, CR, LF, CM, NL, WJ, ZW, GL, SP, ZWJ,
    B2, BA, BB, HY, CB, CL, CP, EX, IN, NS, OP, QU, IS, NU, PO, PR, SY,
    AL, EB, EM, H2, H3, HL, ID, JL, JV, JT, RI,
}

/// <summary>
/// A code point's entry in the line-break table: its resolved class in the low six bits and two
/// properties the rules need beside it.
/// </summary>
internal readonly record struct LineBreakProperties(byte Value)
{
    /// <summary>East_Asian_Width F, W or H: LB30 keeps such brackets breakable after letters and digits.</summary>
    public const byte EastAsianWideFlag = 0x40;

    /// <summary>Extended_Pictographic and unassigned (Cn), which LB30b joins to a following emoji modifier.</summary>
    public const byte PictographicReservedFlag = 0x80;

    public LineBreakClass Class => (LineBreakClass)(Value & 0x3F);

    public bool IsEastAsianWide => (Value & EastAsianWideFlag) != 0;

    public bool IsPictographicReserved => (Value & PictographicReservedFlag) != 0;

    public static LineBreakProperties Of(int codePoint) => new(LineBreakTable.Lookup(codePoint));
}
