using System.Collections.Frozen;

namespace Leaflet.Links.Strict;

/// <summary>
/// Follows the HTML standard's tree construction just far enough to know that the document it
/// builds holds exactly the elements of the start tags, in their source order, each with its own
/// attributes. That holds while every element is closed by its own end tag and no tag makes the
/// parser close, move, copy, merge or drop an element by itself: no tables (content moved out of
/// them), no misnesting (formatting elements copied), no second html or body (attributes merged),
/// no select, template, svg or math. A tag that might do any of that is refused, and the page goes
/// to the full parser; being wrong here costs time, never a missed link.
/// </summary>
internal sealed class StrictTree
{
    private enum Mode { Initial, BeforeHtml, BeforeHead, InHead, AfterHead, InBody, AfterBody, AfterAfterBody }

    private static readonly FrozenSet<string> Refused = FrozenSet.Create(StringComparer.Ordinal,
        "html", "head", "body", "frameset", "frame", "table", "caption", "col", "colgroup", "tbody", "td", "tfoot", "th",
        "thead", "tr", "select", "option", "optgroup", "datalist", "rb", "rp", "rt", "rtc", "math", "svg", "image", "isindex",
        "plaintext", "listing", "xmp", "template", "noscript", "noembed", "noframes", "nobr", "keygen", "menuitem");

    private static readonly FrozenSet<string> Void = FrozenSet.Create(StringComparer.Ordinal,
        "area", "base", "basefont", "bgsound", "br", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr");

    /// <summary>Elements whose text the tokenizer reads without looking for tags, up to their end tag.</summary>
    private static readonly FrozenSet<string> RawText = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "title", "textarea", "iframe");

    private static readonly FrozenSet<string> InHead = FrozenSet.Create(StringComparer.Ordinal,
        "base", "basefont", "bgsound", "link", "meta", "title", "style", "script");

    /// <summary>Start tags that close an open p element (one "in button scope").</summary>
    private static readonly FrozenSet<string> ClosesParagraph = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "hr", "xmp", "li", "dd", "dt",
        "table", "plaintext");

    /// <summary>The elements that end a search of the open elements "in button scope".</summary>
    private static readonly FrozenSet<string> ButtonScope = FrozenSet.Create(StringComparer.Ordinal,
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button");

    /// <summary>The standard's "special" elements, which end the search for an open li, dd or dt to close.</summary>
    private static readonly FrozenSet<string> Special = FrozenSet.Create(StringComparer.Ordinal,
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav",
        "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section",
        "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
        "title", "tr", "track", "ul", "wbr", "xmp");

    private static readonly FrozenSet<string> Headings = FrozenSet.Create(StringComparer.Ordinal, "h1", "h2", "h3", "h4", "h5", "h6");

    // The open elements inside body, innermost last; html, head and body are tracked by the mode.
    private readonly List<string> _open = [];
    private Mode _mode = Mode.Initial;

    /// <returns>Whether the element stands where its tag is; <paramref name="rawText"/> says the tokenizer must skip its text.</returns>
    public bool Start(StrictTag tag, out bool rawText)
    {
        var name = tag.LocalName;
        rawText = RawText.Contains(name);
        if (tag.SelfClosing && !Void.Contains(name)) return false; // ignored on an HTML element, which stays open
        switch (_mode)
        {
            case Mode.Initial or Mode.BeforeHtml when name == "html":
                _mode = Mode.BeforeHead;
                return true;
            case Mode.BeforeHead when name == "head":
                _mode = Mode.InHead;
                return true;
            case Mode.InHead:
                return InHead.Contains(name);
            case Mode.AfterHead when name == "body":
                _mode = Mode.InBody;
                return true;
            case Mode.InBody:
                if (!StandsInBody(name)) return false;
                if (!Void.Contains(name) && !rawText) _open.Add(name);
                return true;
            default:
                return false;
        }
    }

    public bool End(string name)
    {
        switch (_mode)
        {
            case Mode.InHead when name == "head":
                _mode = Mode.AfterHead;
                return true;
            case Mode.InBody when _open.Count == 0:
                if (name != "body") return false;
                _mode = Mode.AfterBody;
                return true;
            case Mode.InBody when _open[^1] == name:
                _open.RemoveAt(_open.Count - 1);
                return true;
            case Mode.AfterBody when name == "html":
                _mode = Mode.AfterAfterBody;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Text that is not whitespace would make the parser open head or body by itself.</summary>
    public bool Text(bool whitespace) => whitespace || _mode == Mode.InBody;

    public bool Doctype()
    {
        if (_mode != Mode.Initial) return false;
        _mode = Mode.BeforeHtml;
        return true;
    }

    public bool Finished => _mode is Mode.AfterBody or Mode.AfterAfterBody;

    private bool StandsInBody(string name)
    {
        if (Refused.Contains(name)) return false;
        if (ClosesParagraph.Contains(name) && InButtonScope("p")) return false;
        if (Headings.Contains(name) && _open.Count > 0 && Headings.Contains(_open[^1])) return false;
        return name switch
        {
            "li" => !ClosesListItem(["li"]),
            "dd" or "dt" => !ClosesListItem(["dd", "dt"]),
            // Each would make the parser close the open one first (a, nobr and form through their own rules).
            "a" or "button" or "form" => !_open.Contains(name),
            _ => true,
        };
    }

    private bool InButtonScope(string target)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i] == target) return true;
            if (ButtonScope.Contains(_open[i])) return false;
        }
        return false;
    }

    /// <summary>The standard's search for an open list item the new one closes, stopping at special elements other than address, div and p.</summary>
    private bool ClosesListItem(string[] items)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (items.Contains(_open[i])) return true;
            if (Special.Contains(_open[i]) && _open[i] is not ("address" or "div" or "p")) return false;
        }
        return false;
    }
}
