using System.Buffers;
using System.Collections.Frozen;

namespace Leaflet.Links.Strict;

/// <summary>
/// Splits a page into the tokens of the HTML standard's tokenizer, for the forms a generator writes:
/// tags with quoted or plain attribute values, comments, a doctype, text. Wherever the standard's
/// tokenizer would report a parse error or take a rarer path (a bogus comment, an attribute name
/// holding a quote, an unknown character reference), it answers <see cref="StrictToken.Refused"/>
/// rather than follow it.
/// </summary>
internal sealed class StrictTokenizer(string page)
{
    private static readonly SearchValues<char> Whitespace = SearchValues.Create("\t\n\f ");
    private static readonly SearchValues<char> NameEnd = SearchValues.Create("\t\n\f />=\"'<");
    private static readonly SearchValues<char> PlainValueEnd = SearchValues.Create("\t\n\f >\"'<=`");

    // Tag and attribute names as strings without one allocation per tag; names not listed are allocated.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = FrozenSet.Create(StringComparer.Ordinal,
        "a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "code", "dd", "div", "dl", "dt", "em", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "img", "li", "link", "main",
        "meta", "nav", "ol", "p", "pre", "section", "small", "span", "strong", "sub", "sup", "time", "title", "ul",
        "alt", "aria-label", "aria-labelledby", "charset", "class", "content", "datetime", "dir", "download", "height", "href",
        "hreflang", "id", "lang", "name", "property", "rel", "src", "srcset", "type", "width").GetAlternateLookup<ReadOnlySpan<char>>();

    private int _position;

    public StrictTag Tag { get; } = new();

    /// <summary>The name of the end tag just read.</summary>
    public string EndTagName { get; private set; } = "";

    public StrictToken Next()
    {
        if (_position >= page.Length) return StrictToken.EndOfPage;
        if (page[_position] != '<' || !StartsMarkup(_position)) return ReadText();
        var start = _position;
        var next = page[start + 1];
        if (next == '!') return page.AsSpan(start).StartsWith("<!--") ? ReadComment() : ReadDoctype();
        if (next == '/') return ReadEndTag();
        return next == '?' ? StrictToken.Refused : ReadStartTag(start);
    }

    /// <summary>
    /// Moves past the text of a script, style, title, textarea or iframe and its end tag, which
    /// the standard's tokenizer reads without looking for tags. A script's text may not hold
    /// "&lt;!--", after which the standard's rules for its end change.
    /// </summary>
    public bool SkipRawText(string name, bool isScript)
    {
        var end = page.AsSpan(_position).IndexOf($"</{name}", StringComparison.OrdinalIgnoreCase);
        if (end < 0) return false;
        end += _position;
        var closing = end + 2 + name.Length;
        if (closing >= page.Length || page[closing] != '>') return false;
        if (isScript && page.AsSpan(_position, end - _position).Contains("<!--", StringComparison.Ordinal)) return false;
        _position = closing + 1;
        return true;
    }

    /// <summary>A '&lt;' the tokenizer treats as markup rather than text; any other is a character of the text.</summary>
    private bool StartsMarkup(int at) =>
        at + 1 < page.Length && (char.IsAsciiLetter(page[at + 1]) || page[at + 1] is '!' or '/' or '?');

    private StrictToken ReadText()
    {
        var start = _position;
        var at = _position + 1;
        while (true)
        {
            var next = page.AsSpan(at).IndexOf('<');
            if (next < 0) { at = page.Length; break; }
            at += next;
            if (StartsMarkup(at)) break;
            at++;
        }
        _position = at;
        return page.AsSpan(start, at - start).ContainsAnyExcept(Whitespace) ? StrictToken.Text : StrictToken.WhitespaceText;
    }

    /// <summary>"&lt;!--" to the first "--&gt;"; the abrupt forms "&lt;!--&gt;", "&lt;!---&gt;" and "--!&gt;" are refused.</summary>
    private StrictToken ReadComment()
    {
        var body = _position + 4;
        var rest = page.AsSpan(body);
        if (rest.StartsWith(">") || rest.StartsWith("->")) return StrictToken.Refused;
        var end = rest.IndexOf("-->");
        if (end < 0 || rest[..end].Contains("--!", StringComparison.Ordinal)) return StrictToken.Refused;
        _position = body + end + 3;
        return StrictToken.Comment;
    }

    /// <summary>"&lt;!DOCTYPE" in any case, to the first '&gt;' as the standard ends it; any other "&lt;!" is a bogus comment.</summary>
    private StrictToken ReadDoctype()
    {
        if (!page.AsSpan(_position + 2).StartsWith("doctype", StringComparison.OrdinalIgnoreCase)) return StrictToken.Refused;
        var end = page.IndexOf('>', _position);
        if (end < 0) return StrictToken.Refused;
        _position = end + 1;
        return StrictToken.Doctype;
    }

    /// <summary>"&lt;/name&gt;", with whitespace allowed before the '&gt;'; an end tag with attributes or a '/' is refused.</summary>
    private StrictToken ReadEndTag()
    {
        var at = _position + 2;
        if (at >= page.Length || !char.IsAsciiLetter(page[at])) return StrictToken.Refused;
        var name = ReadName(ref at);
        at = SkipWhitespace(at);
        if (at >= page.Length || page[at] != '>') return StrictToken.Refused;
        EndTagName = name;
        _position = at + 1;
        return StrictToken.EndTag;
    }

    private StrictToken ReadStartTag(int start)
    {
        var at = start + 1;
        Tag.Begin(page, start, ReadName(ref at));
        while (true)
        {
            var afterSpace = SkipWhitespace(at);
            if (afterSpace >= page.Length) return StrictToken.Refused;
            var c = page[afterSpace];
            if (c == '>' || (c == '/' && afterSpace + 1 < page.Length && page[afterSpace + 1] == '>'))
            {
                Tag.SelfClosing = c == '/';
                _position = afterSpace + (c == '/' ? 2 : 1);
                return StrictToken.StartTag;
            }
            // Attributes are separated by whitespace; "a=1b=2" or a stray '/' is a parse error.
            if (afterSpace == at || !ReadAttribute(ref at, afterSpace)) return StrictToken.Refused;
        }
    }

    private bool ReadAttribute(ref int at, int start)
    {
        at = start;
        if (page[at] is '=' or '"' or '\'' or '<' or '/') return false;
        var name = ReadName(ref at);
        var afterName = SkipWhitespace(at);
        if (afterName >= page.Length) return false;
        if (page[afterName] != '=')
        {
            // An attribute without a value; whatever follows the name is for the caller to read.
            Tag.Add(name, at, 0, null);
            return true;
        }
        var valueStart = SkipWhitespace(afterName + 1);
        if (valueStart >= page.Length) return false;
        var quote = page[valueStart];
        int valueEnd;
        if (quote is '"' or '\'')
        {
            valueEnd = page.IndexOf(quote, valueStart + 1);
            if (valueEnd < 0) return false;
            valueStart++;
            at = valueEnd + 1;
        }
        else
        {
            var length = page.AsSpan(valueStart).IndexOfAny(PlainValueEnd);
            valueEnd = length < 0 ? page.Length : valueStart + length;
            // A value that is missing (a=>) or runs into a quote, '<', '=' or '`' is refused.
            if (valueEnd == valueStart || valueEnd == page.Length || !(Whitespace.Contains(page[valueEnd]) || page[valueEnd] == '>'))
                return false;
            at = valueEnd;
        }
        var value = page.AsSpan(valueStart, valueEnd - valueStart);
        string? decoded = null;
        if (value.Contains('&') && (decoded = CharacterReferences.Decode(value)) is null) return false;
        Tag.Add(name, valueStart, valueEnd - valueStart, decoded);
        return true;
    }

    /// <summary>A tag or attribute name, its ASCII capitals lower-cased as the standard's tokenizer does (and only those).</summary>
    private string ReadName(ref int at)
    {
        var length = page.AsSpan(at).IndexOfAny(NameEnd);
        var end = length < 0 ? page.Length : at + length;
        var name = page.AsSpan(at, end - at);
        at = end;
        if (KnownNames.TryGetValue(name, out var known)) return known;
        if (!name.ContainsAnyInRange('A', 'Z')) return name.ToString();
        var lower = new char[name.Length];
        for (var i = 0; i < name.Length; i++) lower[i] = char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i];
        return KnownNames.TryGetValue(lower, out known) ? known : new string(lower);
    }

    private int SkipWhitespace(int at)
    {
        var length = page.AsSpan(at).IndexOfAnyExcept(Whitespace);
        return length < 0 ? page.Length : at + length;
    }
}
