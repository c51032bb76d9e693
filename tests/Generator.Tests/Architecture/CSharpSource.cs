using System.Text;

namespace Leaflet.Tests.Architecture;

/// <summary>
/// A C# file split into what the compiler sees as code and the text of its string literals, with
/// comments dropped. Enough of the lexical grammar for architecture tests: regular, verbatim,
/// interpolated (holes lexed as code, so a literal inside a hole is found too) and raw strings,
/// char literals, line and block comments.
/// </summary>
public sealed class CSharpSource
{
    private readonly string _text;
    private readonly StringBuilder _code = new();
    private readonly List<string> _literals = [];
    private int _at;

    private CSharpSource(string text)
    {
        _text = text;
        Code(inHole: false);
    }

    /// <summary>The code with every comment and literal left out.</summary>
    public string CodeText => _code.ToString();

    /// <summary>The text of every string literal; an interpolated string gives one entry per run of text between holes.</summary>
    public IReadOnlyList<string> Literals => _literals;

    public static CSharpSource Parse(string text) => new(text.Replace("\r\n", "\n"));

    private char At(int offset = 0) => _at + offset < _text.Length ? _text[_at + offset] : '\0';

    private void Code(bool inHole)
    {
        var depth = 0;
        while (_at < _text.Length)
        {
            var c = At();
            if (inHole && depth == 0 && c == '}')
            {
                _at++;
                return;
            }
            if (c == '/' && At(1) == '/')
            {
                while (_at < _text.Length && At() != '\n') _at++;
                continue;
            }
            if (c == '/' && At(1) == '*')
            {
                var end = _text.IndexOf("*/", _at + 2, StringComparison.Ordinal);
                _at = end < 0 ? _text.Length : end + 2;
                continue;
            }
            if (c == '\'')
            {
                CharLiteral();
                continue;
            }
            if ((c is '"' or '@' or '$') && StringLiteral()) continue;
            if (c == '{') depth++;
            if (c == '}') depth--;
            _code.Append(c);
            _at++;
        }
    }

    private void CharLiteral()
    {
        _at++;
        while (_at < _text.Length && At() != '\'')
            _at += At() == '\\' ? 2 : 1;
        _at++;
        _code.Append("' '");
    }

    private bool StringLiteral()
    {
        var start = _at;
        var dollars = 0;
        var verbatim = false;
        var j = _at;
        while (j < _text.Length && _text[j] is '$' or '@')
        {
            if (_text[j] == '$') dollars++;
            else verbatim = true;
            j++;
        }
        if (j >= _text.Length || _text[j] != '"') return false;
        var quotes = 0;
        while (j + quotes < _text.Length && _text[j + quotes] == '"') quotes++;

        if (quotes >= 3)
        {
            RawString(j, quotes, dollars);
        }
        else if (quotes == 2 && !verbatim && dollars == 0)
        {
            _literals.Add("");
            _at = j + 2;
        }
        else
        {
            _at = j + 1;
            QuotedString(verbatim, dollars > 0);
        }
        _code.Append("\"\"");
        return _at > start;
    }

    private void QuotedString(bool verbatim, bool interpolated)
    {
        var text = new StringBuilder();
        while (_at < _text.Length)
        {
            var c = At();
            if (verbatim && c == '"' && At(1) == '"')
            {
                text.Append('"');
                _at += 2;
            }
            else if (c == '"')
            {
                _at++;
                break;
            }
            else if (!verbatim && c == '\\')
            {
                text.Append(At(1) switch { 'n' => '\n', 't' => '\t', '0' => '\0', var e => e });
                _at += 2;
            }
            else if (interpolated && c == '{' && At(1) == '{')
            {
                text.Append('{');
                _at += 2;
            }
            else if (interpolated && c == '}' && At(1) == '}')
            {
                text.Append('}');
                _at += 2;
            }
            else if (interpolated && c == '{')
            {
                _literals.Add(text.ToString());
                text.Clear();
                _at++;
                Code(inHole: true);
            }
            else
            {
                text.Append(c);
                _at++;
            }
        }
        _literals.Add(text.ToString());
    }

    private void RawString(int open, int quotes, int dollars)
    {
        var close = new string('"', quotes);
        var end = _text.IndexOf(close, open + quotes, StringComparison.Ordinal);
        if (end < 0) end = _text.Length;
        var content = _text[(open + quotes)..end];
        _at = Math.Min(_text.Length, end + quotes);
        if (dollars == 0)
        {
            _literals.Add(content);
            return;
        }
        // Holes open with as many braces as the string has dollars.
        var opener = new string('{', dollars);
        var closer = new string('}', dollars);
        var from = 0;
        while (true)
        {
            var hole = content.IndexOf(opener, from, StringComparison.Ordinal);
            if (hole < 0)
            {
                _literals.Add(content[from..]);
                return;
            }
            _literals.Add(content[from..hole]);
            var holeEnd = content.IndexOf(closer, hole + dollars, StringComparison.Ordinal);
            var inner = holeEnd < 0 ? content[(hole + dollars)..] : content[(hole + dollars)..holeEnd];
            _literals.AddRange(Parse(inner).Literals);
            from = holeEnd < 0 ? content.Length : holeEnd + dollars;
        }
    }
}
