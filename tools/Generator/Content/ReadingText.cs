using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Leaflet.Content;

/// <summary>
/// An article's text as a reader sees it, block by block (paragraphs, headings, list items, callouts):
/// emphasis marks, link syntax and escapes gone, line wrapping and runs of white space read as one
/// space. Each character keeps the offset in the Markdown body it came from, so a quotation found
/// here can be reported at its line and column in the file.
/// </summary>
public sealed class ReadingText
{
    private readonly IReadOnlyList<(string Text, int[] Offsets)> _blocks;
    private readonly Article _article;

    private ReadingText(Article article, IReadOnlyList<(string, int[])> blocks) => (_article, _blocks) = (article, blocks);

    public static ReadingText Of(Article article) =>
        new(article, article.Body.Descendants<LeafBlock>().Where(b => b.Inline is not null).Select(Block).Where(b => b.Item1.Length > 0).ToList());

    /// <summary>Collapses white space as the reading text does, so a quotation written over several YAML lines still matches.</summary>
    public static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) result.Append(c);
            else if (result.Length > 0 && result[^1] != ' ') result.Append(' ');
        }
        return result.ToString().TrimEnd();
    }

    /// <returns>The 1-based line and column in the file where the quotation first starts, or null when the text does not hold it.</returns>
    public (int Line, int Column)? Find(string quotation)
    {
        var wanted = Normalise(quotation);
        if (wanted.Length == 0) return null;
        foreach (var (text, offsets) in _blocks)
        {
            var at = text.IndexOf(wanted, StringComparison.Ordinal);
            if (at >= 0) return Position(offsets[at]);
        }
        return null;
    }

    private (int Line, int Column) Position(int offset)
    {
        var body = _article.BodyText;
        offset = Math.Clamp(offset, 0, body.Length);
        var lineStart = offset == 0 ? 0 : body.LastIndexOf('\n', offset - 1) + 1;
        var line = _article.BodyLineOffset + body.AsSpan(0, lineStart).Count('\n');
        return (line, offset - lineStart + 1);
    }

    private static (string, int[]) Block(LeafBlock block)
    {
        var text = new StringBuilder();
        var offsets = new List<int>();
        Append(block.Inline!, text, offsets);
        var normal = new StringBuilder(text.Length);
        var kept = new List<int>(offsets.Count);
        for (var i = 0; i < text.Length; i++)
        {
            var space = char.IsWhiteSpace(text[i]);
            if (space && (normal.Length == 0 || normal[^1] == ' ')) continue;
            normal.Append(space ? ' ' : text[i]);
            kept.Add(offsets[i]);
        }
        if (normal.Length > 0 && normal[^1] == ' ')
        {
            normal.Length--;
            kept.RemoveAt(kept.Count - 1);
        }
        return (normal.ToString(), kept.ToArray());
    }

    private static void Append(ContainerInline container, StringBuilder text, List<int> offsets)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: Add(literal.Content.ToString(), literal.Span, text, offsets); break;
                case CodeInline code: Add(code.Content, code.Span, text, offsets); break;
                case HtmlEntityInline entity: Add(entity.Transcoded.ToString(), entity.Span, text, offsets); break;
                case AutolinkInline autolink: Add(autolink.Url, autolink.Span, text, offsets); break;
                case LineBreakInline lineBreak: Add(" ", lineBreak.Span, text, offsets); break;
                case LinkInline { IsImage: true }: break;
                case ContainerInline child: Append(child, text, offsets); break;
            }
        }
    }

    /// <summary>A literal's characters stand where it was written; an escape or entity is shorter than its source, so each offset is kept within the span.</summary>
    private static void Add(string value, SourceSpan span, StringBuilder text, List<int> offsets)
    {
        for (var i = 0; i < value.Length; i++) offsets.Add(span.Start + Math.Min(i, Math.Max(span.Length - 1, 0)));
        text.Append(value);
    }
}
