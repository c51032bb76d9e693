using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Leaflet.Content;

/// <summary>
/// How deeply an article's blocks and inlines nest. Markdig limits some nesting itself, but lets
/// emphasis and links nest well over a thousand levels; every stage after it (HTML, PDF, contents,
/// heading ids) walks the tree recursively, and on a thread's stack that ends the process. A depth
/// no leaflet needs is refused once, here, for all of them.
/// </summary>
public static class MarkdownDepth
{
    /// <summary>A list in a quote in a callout, with a link in bold in italics, is about twelve.</summary>
    public const int Max = 64;

    /// <returns>The first node deeper than <see cref="Max"/>, or null. Walks with a stack of its own, not the thread's.</returns>
    public static MarkdownObject? FirstTooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > Max) return node;
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container) pending.Push((child, depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling) pending.Push((child, depth + 1));
                    break;
            }
        }
        return null;
    }
}
