using Leaflet.Pdf.Text.LineBreaking;

namespace Leaflet.Pdf.Layout;

/// <summary>
/// Greedy line breaking of shaped items (left aligned, ragged right, no hyphenation) at the
/// opportunities of the Unicode Line Breaking Algorithm as the language's
/// <see cref="LineBreakTailoring"/> keeps them, found once over the paragraph's whole text: a
/// line is filled with the words between <see cref="BreakKind.Allowed"/> opportunities and ends
/// at every <see cref="BreakKind.Mandatory"/> one. A word wider than the line breaks at its
/// <see cref="BreakKind.InsideLongWord"/> opportunities, and a part still wider between grapheme
/// clusters. No line ever ends inside a shaped cluster. Widths are the shaped advances. Each line
/// keeps one trailing space so text extracted from the PDF keeps words apart; the space does not
/// count toward the fit. Pieces are ranges of their item's text; a line's segments (one per item
/// it touches) are cut from the items' glyphs once the line is full
/// (docs/decisions/0011-line-breaking-without-a-string-per-word.md, 0081-line-breaking-on-uax14.md).
/// Lines break on the logical text; each full line's segments are then put in visual order
/// (UAX #9, L1 and L2).
/// </summary>
public sealed class LineBreaker
{
    private readonly double _maxWidth;
    private readonly IReadOnlyList<ShapedItem> _items;
    private readonly string _text;
    /// <summary>Where each item starts in the paragraph's text, and the text's length last.</summary>
    private readonly int[] _itemStarts;
    private readonly List<TextLine> _lines = [];
    private readonly List<Piece> _line = [];
    /// <summary>The current word's <see cref="BreakKind.InsideLongWord"/> opportunities.</summary>
    private readonly List<int> _insideWord = [];
    private int _wordStart;
    private double _lineWidth;
    private double _inkWidth;
    private bool _endsInSpace;

    private LineBreaker(double maxWidth, IReadOnlyList<ShapedItem> items)
    {
        _maxWidth = maxWidth;
        _items = items;
        _text = items.Count == 1 ? items[0].Text : string.Concat(items.Select(i => i.Text));
        _itemStarts = new int[items.Count + 1];
        for (var i = 0; i < items.Count; i++) _itemStarts[i + 1] = _itemStarts[i] + items[i].Text.Length;
    }

    public static IReadOnlyList<TextLine> Break(IReadOnlyList<StyledRun> runs, double maxWidth, TextMeasurer measurer) =>
        Break(measurer.Shape(runs), maxWidth, measurer.LineBreaking);

    public static IReadOnlyList<TextLine> Break(IReadOnlyList<ShapedItem> items, double maxWidth, LineBreakTailoring tailoring)
    {
        var breaker = new LineBreaker(maxWidth, items);
        foreach (var opportunity in tailoring.Enumerate(breaker._text))
        {
            if (!breaker.IsClusterStart(opportunity.Index)) continue;
            if (opportunity.Kind == BreakKind.InsideLongWord) breaker._insideWord.Add(opportunity.Index);
            else breaker.EndWord(opportunity.Index, opportunity.IsMandatory);
        }
        if (breaker._line.Count > 0) breaker.FlushLine();
        return breaker._lines;
    }

    /// <summary>
    /// Sets the word that ends at <paramref name="end"/>: its spaces (the ones before it at the
    /// start of a line, and all but one after it) are left out, and a line separator it ends with
    /// ends the line, even an empty one.
    /// </summary>
    private void EndWord(int end, bool mandatory)
    {
        var start = _wordStart;
        _wordStart = end;
        var textEnd = end;
        if (mandatory)
        {
            while (textEnd > start && IsLineSeparator(_text[textEnd - 1])) textEnd--;
        }
        var inkEnd = textEnd;
        while (inkEnd > start && _text[inkEnd - 1] == ' ') inkEnd--;
        if (_line.Count == 0 || _endsInSpace)
        {
            while (start < inkEnd && _text[start] == ' ') start++;
        }
        if (inkEnd > start)
        {
            var width = Width(start, inkEnd);
            if (_line.Count > 0 && _lineWidth + width > _maxWidth) FlushLine();
            if (width > _maxWidth) AddLongWord(start, inkEnd);
            else AddToLine(start, inkEnd, width);
            _endsInSpace = false;
        }
        if (inkEnd < textEnd && _line.Count > 0 && !_endsInSpace)
        {
            AddToLine(inkEnd, inkEnd + 1, Width(inkEnd, inkEnd + 1), ink: false);
            _endsInSpace = true;
        }
        _insideWord.Clear();
        if (textEnd < end) FlushLine();
    }

    /// <summary>The parts between the word's inside opportunities, each on the line if it fits, else on the next, else by clusters.</summary>
    private void AddLongWord(int start, int end)
    {
        var from = start;
        for (var i = 0; i <= _insideWord.Count; i++)
        {
            var to = i < _insideWord.Count ? _insideWord[i] : end;
            if (to <= from || to > end) continue;
            var width = Width(from, to);
            if (_line.Count > 0 && _lineWidth + width > _maxWidth) FlushLine();
            if (width > _maxWidth) AddByClusters(from, to);
            else AddToLine(from, to, width);
            from = to;
        }
    }

    private void AddByClusters(int start, int end)
    {
        for (var i = start; i < end;)
        {
            var next = i + 1;
            while (next < end && !IsClusterStart(next)) next++;
            var width = Width(i, next);
            if (_line.Count > 0 && _lineWidth + width > _maxWidth) FlushLine();
            AddToLine(i, next, width);
            i = next;
        }
    }

    /// <summary>Characters [start, end) of the paragraph, one piece per item they touch.</summary>
    private void AddToLine(int start, int end, double width, bool ink = true)
    {
        for (var item = ItemAt(start); start < end; item++)
        {
            var itemEnd = Math.Min(end, _itemStarts[item + 1]);
            var local = start - _itemStarts[item];
            _line.Add(new Piece(item, local, itemEnd - start, _items[item].Width(local, itemEnd - start)));
            start = itemEnd;
        }
        _lineWidth += width;
        if (ink) _inkWidth = _lineWidth;
    }

    /// <summary>The width of characters [start, end): the sum of each item's part, in order.</summary>
    private double Width(int start, int end)
    {
        var width = 0.0;
        for (var item = ItemAt(start); start < end; item++)
        {
            var itemEnd = Math.Min(end, _itemStarts[item + 1]);
            width += _items[item].Width(start - _itemStarts[item], itemEnd - start);
            start = itemEnd;
        }
        return width;
    }

    private int ItemAt(int index)
    {
        var at = Array.BinarySearch(_itemStarts, index);
        if (at < 0) return ~at - 1;
        // Items are never empty, so an exact hit is the item that starts there (or the end).
        return at;
    }

    private bool IsClusterStart(int index)
    {
        if (index >= _text.Length) return true;
        var item = ItemAt(index);
        return _items[item].IsClusterStart(index - _itemStarts[item]);
    }

    /// <summary>Characters after which UAX #14 ends a line (BK, CR, LF, NL); they are not drawn.</summary>
    private static bool IsLineSeparator(char c) => c is '\n' or '\r' or '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>
    /// One segment per run of contiguous pieces of one item, in visual order from the line's
    /// start: the line's bidi runs left to right (rule L2), a right-to-left run's pieces reversed.
    /// </summary>
    private void FlushLine()
    {
        var pieces = VisualOrder();
        var segments = new List<TextSegment>();
        double x = 0;
        for (var first = 0; first < pieces.Count;)
        {
            var item = pieces[first].Item;
            var start = pieces[first].Start;
            var end = start + pieces[first].Length;
            var width = pieces[first].Width;
            var next = first + 1;
            for (; next < pieces.Count && pieces[next].Item == item; next++)
            {
                var piece = pieces[next];
                if (piece.Start == end) end += piece.Length;
                else if (piece.Start + piece.Length == start) start = piece.Start;
                else break;
                width += piece.Width;
            }
            var shaped = _items[item];
            var inkEnd = end;
            while (inkEnd > start && shaped.Text[inkEnd - 1] == ' ') inkEnd--;
            segments.Add(new TextSegment(shaped.Slice(start, end - start), shaped.Style, shaped.Link, x, width, shaped.Width(start, inkEnd - start)));
            x += width;
            first = next;
        }
        _lines.Add(new TextLine(segments, _inkWidth));
        _line.Clear();
        _lineWidth = _inkWidth = 0;
        _endsInSpace = false;
    }

    /// <summary>The line's pieces left to right; logical order when the paragraph is all at level 0.</summary>
    private List<Piece> VisualOrder()
    {
        var bidi = _line.Count > 0 ? _items[_line[0].Item].Bidi : null;
        if (bidi is null) return _line;
        var lineStart = Offset(_line[0]);
        var lineEnd = Offset(_line[^1]) + _line[^1].Length;
        var ordered = new List<Piece>(_line.Count);
        foreach (var run in bidi.VisualRuns(lineStart, lineEnd))
        {
            var from = ordered.Count;
            foreach (var piece in _line)
            {
                var start = Math.Max(Offset(piece), run.Start);
                var end = Math.Min(Offset(piece) + piece.Length, run.End);
                if (start >= end) continue;
                var itemOffset = _items[piece.Item].Offset;
                ordered.Add(start == Offset(piece) && end - start == piece.Length ? piece : Measure(piece.Item, start - itemOffset, end - start));
            }
            if (run.IsRightToLeft) ordered.Reverse(from, ordered.Count - from);
        }
        return ordered;
    }

    private int Offset(Piece piece) => _items[piece.Item].Offset + piece.Start;

    private Piece Measure(int item, int start, int length) => new(item, start, length, _items[item].Width(start, length));

    /// <summary>Characters [Start, Start + Length) of item Item's text.</summary>
    private readonly record struct Piece(int Item, int Start, int Length, double Width);
}
