namespace Leaflet.Pdf.Layout;

/// <summary>
/// Greedy line breaking of mixed runs: break at spaces only (left aligned, ragged right, no
/// hyphenation), a word wider than the line breaks between characters. Each line keeps its
/// trailing space so text extracted from the PDF keeps words apart; the space does not count
/// toward the fit. Pieces of words are kept as ranges of their run's text, and a line's
/// segments are built once when it is full, so no word becomes a string of its own
/// (docs/decisions/0011-line-breaking-without-a-string-per-word.md).
/// </summary>
public sealed class LineBreaker
{
    private readonly double _maxWidth;
    private readonly ITextMeasurer _measurer;
    private readonly List<TextLine> _lines = [];
    private readonly List<Piece> _word = [];
    private readonly List<Piece> _line = [];
    private readonly System.Text.StringBuilder _segmentText = new();
    private double _wordWidth;
    private double _lineWidth;
    private double _inkWidth;
    private bool _endsInSpace;

    private LineBreaker(double maxWidth, ITextMeasurer measurer)
    {
        _maxWidth = maxWidth;
        _measurer = measurer;
    }

    public static IReadOnlyList<TextLine> Break(IReadOnlyList<StyledRun> runs, double maxWidth, ITextMeasurer measurer)
    {
        var breaker = new LineBreaker(maxWidth, measurer);
        foreach (var run in runs) breaker.Add(run);
        breaker.EndWord(null);
        if (breaker._line.Count > 0) breaker.FlushLine();
        return breaker._lines;
    }

    private void Add(StyledRun run)
    {
        var text = run.Text;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length;
            if (!end && !IsBreakingSpace(text[i]) && text[i] != '\n') continue;
            if (i > start) AddToWord(Measure(text, start, i - start, run));
            start = i + 1;
            if (end) break;
            if (text[i] == '\n')
            {
                EndWord(run);
                FlushLine();
            }
            else EndWord(run);
        }
    }

    /// <summary>A no-break space (U+00A0) is not a break opportunity, which keeps "24 November" together.</summary>
    private static bool IsBreakingSpace(char c) => c is ' ' or '\t' or '\r';

    private void EndWord(StyledRun? spaceRun)
    {
        if (_word.Count > 0)
        {
            var width = _wordWidth;
            if (_line.Count > 0 && _lineWidth + width > _maxWidth) FlushLine();
            if (width > _maxWidth) AddByCharacters();
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
        if (spaceRun is not null && _line.Count > 0 && !_endsInSpace)
        {
            var space = Measure(" ", 0, 1, spaceRun);
            _line.Add(space);
            _lineWidth += space.Width;
            _endsInSpace = true;
        }
    }

    private void AddByCharacters()
    {
        var wordStart = _line.Count;
        foreach (var piece in _word)
        {
            var end = piece.Start + piece.Length;
            for (var i = piece.Start; i < end; i++)
            {
                var length = char.IsHighSurrogate(piece.Source[i]) && i + 1 < end ? 2 : 1;
                var character = Measure(piece.Source, i, length, piece.Run);
                i += length - 1;
                if (_line.Count > 0 && _lineWidth + character.Width > _maxWidth)
                {
                    var carried = CarryAfterLastBreakCharacter(wordStart);
                    FlushLine();
                    foreach (var c in carried) AddToLine(c);
                    wordStart = 0;
                }
                AddToLine(character);
            }
        }
    }

    /// <summary>
    /// Addresses read better broken after a "/" or "-" than anywhere: takes the characters
    /// after the last such break in the word's part on this line off the line, to carry over.
    /// </summary>
    private List<Piece> CarryAfterLastBreakCharacter(int wordStart)
    {
        var at = _line.FindLastIndex(_line.Count - 1, _line.Count - wordStart, p => p.IsBreakCharacter);
        if (at < wordStart || at == _line.Count - 1) return [];
        var carried = _line.GetRange(at + 1, _line.Count - at - 1);
        _line.RemoveRange(at + 1, carried.Count);
        _lineWidth = 0;
        foreach (var piece in _line) _lineWidth += piece.Width;
        _inkWidth = _lineWidth;
        return carried;
    }

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

    private void FlushLine()
    {
        var segments = new List<TextSegment>();
        double x = 0;
        for (var first = 0; first < _line.Count;)
        {
            var run = _line[first].Run;
            var width = 0.0;
            _segmentText.Clear();
            var next = first;
            for (; next < _line.Count && _line[next].Run.Style == run.Style && _line[next].Run.Link == run.Link; next++)
            {
                var piece = _line[next];
                _segmentText.Append(piece.Source, piece.Start, piece.Length);
                width += piece.Width;
            }
            segments.Add(new TextSegment(_segmentText.ToString(), run.Style, run.Link, x, width));
            for (; first < next; first++) x += _line[first].Width;
        }
        _lines.Add(new TextLine(segments, _inkWidth));
        _line.Clear();
        _lineWidth = _inkWidth = 0;
        _endsInSpace = false;
    }

    private Piece Measure(string source, int start, int length, StyledRun run) =>
        new(source, start, length, run, _measurer.Width(source.AsSpan(start, length), run.Style));

    /// <summary>Characters [Start, Start + Length) of Source, drawn in Run's style.</summary>
    private readonly record struct Piece(string Source, int Start, int Length, StyledRun Run, double Width)
    {
        public bool IsBreakCharacter => Length == 1 && Source[Start] is '/' or '-';
    }
}
