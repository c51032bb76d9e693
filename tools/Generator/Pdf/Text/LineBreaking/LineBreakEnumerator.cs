using static Leaflet.Pdf.Text.LineBreaking.LineBreakClass;

namespace Leaflet.Pdf.Text.LineBreaking;

/// <summary>
/// Walks a text once and decides at each boundary between code points by the rules of UAX #14,
/// tried in the standard's order; the first rule that matches decides. Its state is only what the
/// rules look back at: the unit before the boundary (a code point with the marks LB9 joins to it),
/// the unit before that, the last unit that is not a space, the regional indicators in a row and
/// how far a number has got. One file, because the rules only read right in their order.
/// </summary>
public ref struct LineBreakEnumerator
{
    /// <summary>The class before the start of the text (sot), which no rule names.</summary>
    private const LineBreakClass Start = (LineBreakClass)0xFF;

    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private LineBreakClass _unit;
    private LineBreakProperties _unitProperties;
    private LineBreakClass _beforeUnit;
    private LineBreakClass _lastNotSpace;
    private bool _afterZwj;
    private int _regionalIndicators;
    private NumberState _number;
    private bool _ended;

    internal LineBreakEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _unit = _beforeUnit = _lastNotSpace = Start;
        _ended = text.IsEmpty;
        if (text.IsEmpty) return;
        // LB2: never a break before the first code point, which only starts the state.
        var first = LineBreakProperties.Of(Read(text, ref _position));
        _afterZwj = first.Class == ZWJ;
        // LB10: a mark with nothing before it to join stands as a letter.
        Advance(first.Class is CM or ZWJ ? AL : first.Class, first);
    }

    public LineBreakOpportunity Current { get; private set; }

    public readonly LineBreakEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_position < _text.Length)
        {
            var at = _position;
            var properties = LineBreakProperties.Of(Read(_text, ref _position));
            var decision = Step(properties);
            if (decision == Decision.NoBreak) continue;
            Current = new LineBreakOpportunity(at, decision == Decision.Mandatory ? BreakKind.Mandatory : BreakKind.Allowed);
            return true;
        }
        if (_ended) return false;
        _ended = true; // LB3: always break at the end of the text.
        Current = new LineBreakOpportunity(_text.Length, BreakKind.Mandatory);
        return true;
    }

    private Decision Step(LineBreakProperties properties)
    {
        var current = properties.Class;
        var afterZwj = _afterZwj;
        _afterZwj = current == ZWJ;
        // LB9: a combining mark or ZWJ joins the unit before it, unless that is a break or a space.
        if (current is CM or ZWJ && _unit is not (BK or CR or LF or NL or SP or ZW)) return Decision.NoBreak;
        // LB10: any other stands as a letter.
        if (current is CM or ZWJ) current = AL;
        var decision = Decide(current, properties, afterZwj);
        Advance(current, properties);
        return decision;
    }

    private readonly Decision Decide(LineBreakClass current, LineBreakProperties properties, bool afterZwj)
    {
        var before = _unit;
        // Letters after letters and ideographs after ideographs, most of any text: what LB28 and
        // LB31 decide for them when no rule before matches, which none but LB8a can.
        if (before is AL or HL && current is AL or HL) return Decision.NoBreak;
        if (before == ID && current == ID) return afterZwj ? Decision.NoBreak : Decision.Allowed;
        if (before == BK) return Decision.Mandatory; // LB4
        if (before == CR) return current == LF ? Decision.NoBreak : Decision.Mandatory; // LB5
        if (before is LF or NL) return Decision.Mandatory;
        if (current is BK or CR or LF or NL) return Decision.NoBreak; // LB6
        if (current is SP or ZW) return Decision.NoBreak; // LB7
        var beforeSpaces = before == SP ? _lastNotSpace : before;
        if (beforeSpaces == ZW) return Decision.Allowed; // LB8
        if (afterZwj) return Decision.NoBreak; // LB8a
        if (current == WJ || before == WJ) return Decision.NoBreak; // LB11
        if (before == GL) return Decision.NoBreak; // LB12
        if (current == GL && before is not (SP or BA or HY)) return Decision.NoBreak; // LB12a
        if (current is CL or CP or EX or IS or SY) return Decision.NoBreak; // LB13
        if (beforeSpaces == OP) return Decision.NoBreak; // LB14
        if (current == OP && beforeSpaces == QU) return Decision.NoBreak; // LB15
        if (current == NS && beforeSpaces is CL or CP) return Decision.NoBreak; // LB16
        if (current == B2 && beforeSpaces == B2) return Decision.NoBreak; // LB17
        if (before == SP) return Decision.Allowed; // LB18
        if (current == QU || before == QU) return Decision.NoBreak; // LB19
        if (current == CB || before == CB) return Decision.Allowed; // LB20
        if (current is BA or HY or NS || before == BB) return Decision.NoBreak; // LB21
        if (before is HY or BA && _beforeUnit == HL) return Decision.NoBreak; // LB21a
        if (before == SY && current == HL) return Decision.NoBreak; // LB21b
        if (current == IN) return Decision.NoBreak; // LB22
        if (before is AL or HL && current == NU || before == NU && current is AL or HL) return Decision.NoBreak; // LB23
        if (before == PR && current is ID or EB or EM || before is ID or EB or EM && current == PO) return Decision.NoBreak; // LB23a
        if (before is PR or PO && current is AL or HL || before is AL or HL && current is PR or PO) return Decision.NoBreak; // LB24
        if (JoinsNumber(before, current)) return Decision.NoBreak; // LB25
        if (before == JL && current is JL or JV or H2 or H3) return Decision.NoBreak; // LB26
        if (before is JV or H2 && current is JV or JT || before is JT or H3 && current == JT) return Decision.NoBreak;
        if (before is JL or JV or JT or H2 or H3 && current == PO || before == PR && current is JL or JV or JT or H2 or H3) return Decision.NoBreak; // LB27
        if (before is AL or HL && current is AL or HL) return Decision.NoBreak; // LB28
        if (before == IS && current is AL or HL) return Decision.NoBreak; // LB29
        // LB30: brackets that are not East Asian wide stay with letters and digits around them.
        if (before is AL or HL or NU && current == OP && !properties.IsEastAsianWide) return Decision.NoBreak;
        if (before == CP && !_unitProperties.IsEastAsianWide && current is AL or HL or NU) return Decision.NoBreak;
        if (before == RI && current == RI && _regionalIndicators % 2 == 1) return Decision.NoBreak; // LB30a
        if (current == EM && (before == EB || _unitProperties.IsPictographicReserved)) return Decision.NoBreak; // LB30b
        return Decision.Allowed; // LB31
    }

    /// <summary>
    /// LB25 as example 7 of the standard: (PR | PO) × (OP | HY)? NU; (OP | HY) × NU;
    /// NU (NU | SY | IS)* × (NU | SY | IS | CL | CP); NU (NU | SY | IS)* (CL | CP)? × (PO | PR).
    /// </summary>
    private readonly bool JoinsNumber(LineBreakClass before, LineBreakClass current)
    {
        if (before is PR or PO && (current == NU || current is OP or HY && NumberFollows())) return true;
        if (before is OP or HY && current == NU) return true;
        if (_number == NumberState.Digits && current is NU or SY or IS or CL or CP) return true;
        return _number != NumberState.None && current is PO or PR;
    }

    /// <summary>Whether the next unit after the current one (past the marks LB9 joins to it) is a digit.</summary>
    private readonly bool NumberFollows()
    {
        for (var index = _position; index < _text.Length;)
        {
            var next = LineBreakProperties.Of(Read(_text, ref index)).Class;
            if (next is not (CM or ZWJ)) return next == NU;
        }
        return false;
    }

    private void Advance(LineBreakClass current, LineBreakProperties properties)
    {
        if (_unit != SP) _lastNotSpace = _unit;
        _beforeUnit = _unit;
        _regionalIndicators = current == RI ? _regionalIndicators + 1 : 0;
        _number = current switch
        {
            NU => NumberState.Digits,
            SY or IS when _number == NumberState.Digits => NumberState.Digits,
            CL or CP when _number == NumberState.Digits => NumberState.Closed,
            _ => NumberState.None,
        };
        _unit = current;
        _unitProperties = properties;
    }

    /// <summary>The code point at <paramref name="index"/>, moving past it; a lone surrogate stands for itself.</summary>
    private static int Read(ReadOnlySpan<char> text, ref int index)
    {
        var c = text[index++];
        if (char.IsHighSurrogate(c) && index < text.Length && char.IsLowSurrogate(text[index]))
            return char.ConvertToUtf32(c, text[index++]);
        return c;
    }

    private enum Decision : byte { NoBreak, Allowed, Mandatory }

    /// <summary>How far the units before the boundary match NU (NU | SY | IS)* (CL | CP)?.</summary>
    private enum NumberState : byte { None, Digits, Closed }
}
