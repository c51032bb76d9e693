using AngleSharp.Dom;

namespace Leaflet.Links;

/// <summary>Reads one page AngleSharp parsed, in document order, into a <see cref="ScannedPage"/>.</summary>
internal sealed class PageReader(string pagePath, LineMap lines, IReadOnlyDictionary<IElement, int> offsets)
{
    public ScannedPage Read(IDocument document)
    {
        var summary = new PageSummary(pagePath, lines);
        var root = document.DocumentElement;
        var view = new DomElement();
        // Iterative, so a deeply nested page cannot exhaust the stack.
        var pending = new Stack<IElement>();
        pending.Push(root);
        while (pending.TryPop(out var current))
        {
            view.Element = current;
            summary.Add(view, offsets.TryGetValue(current, out var offset) ? offset : null);
            for (var child = current.LastElementChild; child is not null; child = child.PreviousElementSibling)
                pending.Push(child);
        }
        return summary.Finish(root.GetAttribute(AttributeNames.Lang));
    }

    /// <summary>One view moved from element to element, rather than one made for each.</summary>
    private sealed class DomElement : IPageElement
    {
        public IElement Element { get; set; } = null!;

        public string LocalName => Element.LocalName;

        public string? GetAttribute(string name) => Element.GetAttribute(name);
    }
}
