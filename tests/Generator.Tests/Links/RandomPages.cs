using System.Text;

namespace Leaflet.Tests.Links;

/// <summary>
/// Pages made at random, mostly well nested but with every kind of tag the tree builder treats specially
/// (formatting, lists, headings, paragraphs closed by blocks, tables, forms, raw text) and now and then a
/// token out of place, to search for a page the strict scanner accepts but reads unlike the parser.
/// </summary>
internal sealed class RandomPages(int seed)
{
    // Tags whose rules depend on what is open around them: formatting, lists, headings, paragraphs, buttons, forms.
    private static readonly string[] Containers =
    [
        "div", "p", "span", "a", "b", "i", "em", "strong", "code", "small", "s", "u", "font", "ul", "ol", "li", "dl", "dt", "dd",
        "h1", "h2", "h3", "section", "article", "nav", "header", "footer", "main", "aside", "blockquote", "pre", "figure",
        "figcaption", "button", "form", "label", "object", "marquee", "address", "details", "summary", "ruby", "custom-tag",
        "DIV", "A", "Li",
    ];

    // Tags the parser moves, drops, renames or reads differently.
    private static readonly string[] Unusual = ["table", "tr", "td", "select", "option", "template", "svg", "noscript", "rt", "nobr", "xmp", "image", "col"];

    private static readonly string[] Voids = ["br", "hr", "img", "input", "link", "meta", "base", "source", "wbr", "area", "embed"];

    private static readonly string[] RawText = ["script", "style", "title", "textarea", "iframe"];

    private static readonly string[] Names =
        ["id", "href", "src", "srcset", "alt", "name", "hreflang", "rel", "class", "lang", "poster", "data", "ID", "Href", "title"];

    private static readonly string[] Values =
    [
        "a.html", "b.html#x", "x", "y", "ru", "alternate", "Alternate stylesheet", "one two", "a.png 1x, b.png 2x", "",
        "?a=1&amp;b=2", "&#1078;&#x416;", "&lt;&gt;&quot;&apos;", "сыпь", "  padded  ",
    ];

    private static readonly string[] UnusualValues = ["&nbsp;", "a&b", "&#0;", "&#x80;", "&amp", "&#65"];

    private static readonly string[] Noise =
    [
        "</p>", "</b>", "</div>", "</a>", "<p>", "<b>", "<li>", "<td>", "<!-->", "<!--x-->", "&amp;", "<", "< b", "<?x?>",
        "</>", "</ p>", "<a href=x<y>", "<br/>", "<div/>", "\r\n", "<html lang=de>", "<body id=b2>", "<head>", "</body>", "</html>",
    ];

    private readonly Random _random = new(seed);

    public string Next()
    {
        var page = new StringBuilder();
        if (Chance(0.9)) page.Append(Chance(0.1) ? "<!-- first -->\n<!doctype HTML>" : "<!DOCTYPE html>\n");
        page.Append($"<html{Attributes()}>\n<head{Attributes()}>\n");
        if (Chance(0.8)) page.Append("<meta charset=\"utf-8\">\n");
        if (Chance(0.5)) page.Append($"<title>t{Text()}</title>\n");
        if (Chance(0.5)) page.Append($"<link{Attributes()}>\n");
        if (Chance(0.1)) page.Append(Pick(Noise));
        page.Append(Chance(0.2) ? "</head><!-- between -->\n" : "</head>\n");
        page.Append($"<body{Attributes()}>\n");
        var noise = Chance(0.2);
        for (var i = _random.Next(1, 6); i > 0; i--) Element(page, depth: 0, noise);
        page.Append(Chance(0.2) ? "\n</body><!-- after -->\n</html>\n<!-- end -->" : "\n</body>\n</html>\n");
        if (Chance(0.05)) page.Append(Pick(Noise));
        return page.ToString();
    }

    private void Element(StringBuilder page, int depth, bool noise)
    {
        if (noise && Chance(0.05)) page.Append(Pick(Noise));
        var roll = _random.NextDouble();
        if (roll < 0.15 || depth > 5)
        {
            page.Append(Text());
            return;
        }
        if (roll < 0.3)
        {
            page.Append($"<{Pick(Voids)}{Attributes()}{(Chance(0.3) ? " /" : "")}>");
            return;
        }
        if (roll < 0.36)
        {
            var raw = Pick(RawText);
            page.Append($"<{raw}{Attributes()}>{(Chance(0.3) ? "<a href=\"in-raw.html\">" : "")}{(Chance(0.1) ? "<!--" : "")}{Text()}</{raw}>");
            return;
        }
        if (roll < 0.38)
        {
            page.Append($"<!--{Text()}-->");
            return;
        }
        var name = Chance(0.01) ? Pick(Unusual) : Pick(Containers);
        page.Append($"<{name}{Attributes()}>");
        for (var i = _random.Next(0, 4); i > 0; i--) Element(page, depth + 1, noise);
        if (!noise || Chance(0.9)) page.Append($"</{name}>");
    }

    private string Attributes()
    {
        var text = new StringBuilder();
        for (var i = _random.Next(0, 4); i > 0; i--)
        {
            text.Append(' ').Append(Pick(Names));
            var value = Chance(0.01) ? Pick(UnusualValues) : Pick(Values);
            text.Append(_random.Next(5) switch
            {
                0 => "",
                1 => $"='{value}'",
                2 when value.Length > 0 && !value.Contains(' ') => $"={value}",
                _ => $"=\"{value}\"",
            });
        }
        return text.ToString();
    }

    private string Text() => Pick(["", " ", "text", "\n", "a < b", "x & y", "1 &lt; 2", "</p", "&nbsp;"]);

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private bool Chance(double probability) => _random.NextDouble() < probability;
}
