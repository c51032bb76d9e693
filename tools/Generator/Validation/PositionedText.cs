using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Leaflet.Validation;

/// <summary>
/// The text a reader sees in one block of an article, each character keeping the offset in the
/// Markdown body it came from, so a finding in the text can be reported at the file's own line.
/// </summary>
public sealed class PositionedText
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = [];

    public string Text => _text.ToString();

    /// <summary>The body offset of the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int Offset(int index) => _offsets[Math.Clamp(index, 0, _offsets.Count - 1)];

    public static PositionedText Of(LeafBlock block)
    {
        var text = new PositionedText();
        text.Append(block.Inline);
        return text;
    }

    private void Append(ContainerInline? container)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: Append(literal.Content.ToString(), literal.Span); break;
                case CodeInline code: Append(code.Content, code.Span); break;
                case HtmlEntityInline entity: Append(entity.Transcoded.ToString(), entity.Span); break;
                case AutolinkInline autolink: Append(autolink.Url, autolink.Span); break;
                case LineBreakInline lineBreak: Append(" ", lineBreak.Span); break;
                case ContainerInline child: Append(child); break;
            }
        }
    }

    /// <summary>Each character is placed where its inline starts plus its index, never past the inline's end.</summary>
    private void Append(string text, SourceSpan span)
    {
        for (var i = 0; i < text.Length; i++)
        {
            _text.Append(text[i]);
            _offsets.Add(Math.Max(0, Math.Min(span.Start + i, span.End)));
        }
    }
}
