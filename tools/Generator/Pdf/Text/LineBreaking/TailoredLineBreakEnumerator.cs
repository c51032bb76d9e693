namespace Leaflet.Pdf.Text.LineBreaking;

/// <summary>The opportunities of the untailored algorithm as <see cref="LineBreakTailoring"/> keeps or changes them, in order.</summary>
public ref struct TailoredLineBreakEnumerator
{
    private readonly LineBreakTailoring _tailoring;
    private readonly ReadOnlySpan<char> _text;
    private LineBreakEnumerator _opportunities;

    internal TailoredLineBreakEnumerator(LineBreakTailoring tailoring, ReadOnlySpan<char> text)
    {
        _tailoring = tailoring;
        _text = text;
        _opportunities = UnicodeLineBreaks.Enumerate(text);
    }

    public LineBreakOpportunity Current { get; private set; }

    public readonly TailoredLineBreakEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_opportunities.MoveNext())
        {
            var opportunity = _opportunities.Current;
            if (_tailoring.Tailor(_text, opportunity) is not { } kind) continue;
            Current = opportunity with { Kind = kind };
            return true;
        }
        return false;
    }
}
