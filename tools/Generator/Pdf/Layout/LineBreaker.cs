namespace Leaflet.Pdf.Layout;

/// <summary>
/// Greedy line breaking of shaped items: break at spaces only (left aligned, ragged right, no
/// hyphenation), a word wider than the line breaks between grapheme clusters, never inside
/// one. Widths are the shaped advances. Each line keeps its trailing space so text extracted
/// from the PDF keeps words apart; the space does not count toward the fit. Pieces are ranges
/// of their item's text; a line's segments (one per item it touches) are cut from the items'
/// glyphs once the line is full
/// (docs/decisions/0011-line-breaking-without-a-string-per-word.md). Lines break on the logical
/// text; each full line's segments are then put in visual order (UAX #9, L1 and L2).
/// </summary>
public sealed class LineBreaker
{
    private readonly double _maxWidth;
    private readonly IReadOnlyList<ShapedItem> _items;
    private readonly List<TextLine> _lines = [];
    private readonly List<Piece> _word = [];
    private readonly List<Piece> _line = [];
    private double _wordWidth;
    private double _lineWidth;
    private double _inkWidth;
    private bool _endsInSpace;

    private LineBreaker(double maxWidth, IReadOnlyList<ShapedItem> items)
    {
        _maxWidth = maxWidth;
        _items = items;
    }

    public static IReadOnlyList<TextLine> Break(IReadOnlyList<StyledRun> runs, double maxWidth, TextMeasurer measurer) =>
        Break(measurer.Shape(runs), maxWidth);

    public static IReadOnlyList<TextLine> Break(IReadOnlyList<ShapedItem> items, double maxWidth)
    {
        var breaker = new LineBreaker(maxWidth, items);
        for (var i = 0; i < items.Count; i++) breaker.Add(i);
        breaker.EndWord(null);
        if (breaker._line.Count > 0) breaker.FlushLine();
        return breaker._lines;
    }

    private void Add(int item)
    {
        var text = _items[item].Text;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length;
            if (!end && text[i] != ' ' && text[i] != '\n') continue;
            if (i > start) AddToWord(Measure(item, start, i - start));
            start = i + 1;
            if (end) break;
            if (text[i] == '\n')
            {
                EndWord(null);
                FlushLine();
            }
            else EndWord(Measure(item, i, 1));
        }
    }

    /// <summary>Ends the word; a space after it (a no-break space U+00A0 is none) is kept once at the line's end.</summary>
    private void EndWord(Piece? space)
    {
        if (_word.Count > 0)
        {
            var width = _wordWidth;
            if (_line.Count > 0 && _lineWidth + width > _maxWidth) FlushLine();
            if (width > _maxWidth) AddByClusters();
            else
            {
                _line.AddRange(_word);
                _lineWidth += width;
                _inkWidth = _lineWidth;
            }
            _word.Clear();
            _wordWidth = 0;
            _endsInSpace = false;
        }
        if (space is { } s && _line.Count > 0 && !_endsInSpace)
        {
            _line.Add(s);
            _lineWidth += s.Width;
            _endsInSpace = true;
        }
    }

    private void AddByClusters()
    {
        var wordStart = _line.Count;
        foreach (var piece in _word)
        {
            var item = _items[piece.Item];
            var end = piece.Start + piece.Length;
            for (var i = piece.Start; i < end;)
            {
                var next = i + 1;
                while (next < end && !item.IsClusterStart(next)) next++;
                var cluster = Measure(piece.Item, i, next - i);
                i = next;
                if (_line.Count > 0 && _lineWidth + cluster.Width > _maxWidth)
                {
                    var carried = CarryAfterLastBreakCharacter(wordStart);
                    FlushLine();
                    foreach (var c in carried) AddToLine(c);
                    wordStart = 0;
                }
                AddToLine(cluster);
            }
        }
    }

    /// <summary>
    /// Addresses read better broken after a "/" or "-" than anywhere: takes the clusters after
    /// the last such break in the word's part on this line off the line, to carry over.
    /// </summary>
    private List<Piece> CarryAfterLastBreakCharacter(int wordStart)
    {
        var at = _line.FindLastIndex(_line.Count - 1, _line.Count - wordStart, p => IsBreakCharacter(p));
        if (at < wordStart || at == _line.Count - 1) return [];
        var carried = _line.GetRange(at + 1, _line.Count - at - 1);
        _line.RemoveRange(at + 1, carried.Count);
        _lineWidth = 0;
        foreach (var piece in _line) _lineWidth += piece.Width;
        _inkWidth = _lineWidth;
        return carried;
    }

    private bool IsBreakCharacter(Piece piece) => piece.Length == 1 && _items[piece.Item].Text[piece.Start] is '/' or '-';

    private void AddToLine(Piece piece)
    {
        _line.Add(piece);
        _lineWidth += piece.Width;
        _inkWidth = _lineWidth;
    }

    private void AddToWord(Piece piece)
    {
        _word.Add(piece);
        _wordWidth += piece.Width;
    }

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
