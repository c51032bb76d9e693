using AngleSharp.Dom;

namespace Leaflet.Links.Strict;

/// <summary>
/// Scans a page without building its document, when the page is written in the strict subset of HTML a
/// generator writes: explicit html, head and body, every element closed in order, attributes quoted or
/// plain. There the document the HTML parser would build holds the start tags' elements in source order,
/// so reading the tags gives the same <see cref="ScannedPage"/> as AngleSharp's parse, at a fraction of
/// its cost. Anything outside the subset is declined (null), and the caller parses the page fully.
/// </summary>
/// <remarks>
/// The build's own pages take this path; <c>leaflet check</c> on a folder of any HTML does not. The
/// differential tests hold it to AngleSharp's answer on every page it accepts.
/// </remarks>
internal static class StrictPageScanner
{
    public static ScannedPage? TryScan(string pagePath, string html)
    {
        // The input stream turns CR into LF and NUL into U+FFFD before tokenizing; such pages are left to the parser.
        if (html.AsSpan().IndexOfAny('\r', '\0') >= 0) return null;
        var tokens = new StrictTokenizer(html);
        var tree = new StrictTree();
        var summary = new PageSummary(pagePath, LineMap.Of(html));
        string? language = null;
        var root = true;
        while (true)
        {
            var token = tokens.Next();
            switch (token)
            {
                case StrictToken.StartTag:
                    var tag = tokens.Tag;
                    if (!tree.Start(tag, out var rawText)) return null;
                    if (root) language = tag.GetAttribute(AttributeNames.Lang); // the tree accepts html first
                    root = false;
                    summary.Add(tag, tag.IsLocated ? tag.Offset : null);
                    if (rawText && !tokens.SkipRawText(tag.LocalName, isScript: tag.LocalName == TagNames.Script)) return null;
                    break;
                case StrictToken.EndTag:
                    if (!tree.End(tokens.EndTagName)) return null;
                    break;
                case StrictToken.Text or StrictToken.WhitespaceText when !tree.Text(whitespace: token == StrictToken.WhitespaceText):
                    return null;
                case StrictToken.Doctype when !tree.Doctype():
                    return null;
                case StrictToken.EndOfPage:
                    return tree.Finished ? summary.Finish(language) : null;
                case StrictToken.Refused:
                    return null;
            }
        }
    }
}
