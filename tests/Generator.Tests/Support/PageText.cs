using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Leaflet.Tests.Support;

/// <summary>The text of part of a page as a reader sees it: one line per block, spaces collapsed.</summary>
public static partial class PageText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "section", "table",
        "td", "th", "tr", "ul", "br",
    };

    /// <summary>Block elements become line breaks; every other run of white space (no-break spaces too) one space.</summary>
    public static string Of(params INode[] nodes)
    {
        var text = new StringBuilder();
        foreach (var node in nodes) Append(node, text);
        return Tidy(text.ToString());
    }

    private static void Append(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText t:
                text.Append(t.Data);
                break;
            case IElement e when e.LocalName is "script" or "style" or "template":
                break;
            case IElement e:
                var block = Blocks.Contains(e.LocalName);
                if (block) text.Append('\n');
                foreach (var child in e.ChildNodes) Append(child, text);
                if (block) text.Append('\n');
                break;
            default:
                foreach (var child in node.ChildNodes) Append(child, text);
                break;
        }
    }

    private static string Tidy(string text)
    {
        var spaced = HorizontalSpace().Replace(text, " ");
        var lines = spaced.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    /// <summary>Any white space but the line break: spaces, tabs, no-break and narrow no-break spaces.</summary>
    [GeneratedRegex(@"[^\S\n]+")]
    private static partial Regex HorizontalSpace();
}
