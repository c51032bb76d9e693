using System.Text;
using Markdig.Syntax.Inlines;

namespace Leaflet.Content;

/// <summary>The plain text of inlines, as a reader sees it (for contents entries and titles).</summary>
public static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
    }

    private static void Append(ContainerInline? container, StringBuilder text)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded); break;
                case AutolinkInline autolink: text.Append(autolink.Url); break;
                case LineBreakInline: text.Append(' '); break;
                case ContainerInline child: Append(child, text); break;
            }
        }
    }
}
