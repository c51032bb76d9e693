using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Leaflet.Content;

/// <summary>
/// How deeply blocks and inlines nest. Markdig parses emphasis thousands of levels deep but its
/// renderer recurses and refuses past its own limit, so the depth is measured without recursion
/// and a leaflet deeper than any real one is refused before any stage walks it.
/// </summary>
public static class MarkdownDepth
{
    /// <summary>Lists in quotes in callouts with emphasis in links stay far below this.</summary>
    public const int Limit = 64;

    public static int Of(MarkdownDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            if (deepest > Limit) return deepest;
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container) pending.Push((child, depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling) pending.Push((child, depth + 1));
                    break;
            }
        }
        return deepest;
    }
}
