using AngleSharp.Dom;

namespace Leaflet.Links;

/// <summary>Reads one parsed page, in document order, into a <see cref="ScannedPage"/>.</summary>
internal sealed class PageReader(string pagePath, LineMap lines, IReadOnlyDictionary<IElement, int> offsets)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reportedDuplicates = new(StringComparer.Ordinal);
    private readonly HashSet<string> _anchorNames = new(StringComparer.Ordinal);
    private readonly List<PageLink> _links = new();
    private readonly List<Finding> _findings = new();
    private string? _baseHref;
    private int _lastOffset = -1;

    public ScannedPage Read(IDocument document)
    {
        var root = document.DocumentElement;
        Visit(root);
        var language = root.GetAttribute(AttributeNames.Lang);
        return new ScannedPage(pagePath, string.IsNullOrWhiteSpace(language) ? null : language.Trim(),
            _baseHref, _ids, _anchorNames, _links, _findings);
    }

    private void Visit(IElement element)
    {
        // Iterative, so a deeply nested page cannot exhaust the stack.
        var pending = new Stack<IElement>();
        pending.Push(element);
        while (pending.TryPop(out var current))
        {
            Read(current);
            for (var child = current.LastElementChild; child is not null; child = child.PreviousElementSibling)
                pending.Push(child);
        }
    }

    private void Read(IElement element)
    {
        if (offsets.TryGetValue(element, out var offset)) _lastOffset = offset;
        var id = element.GetAttribute(AttributeNames.Id);
        if (!string.IsNullOrEmpty(id) && !_ids.Add(id) && _reportedDuplicates.Add(id))
            AddFinding(element, LinkCodes.DuplicateId, $"id '{id}' is used more than once on this page");

        foreach (var attribute in ElementLinks.AttributesOf(element))
        {
            var value = element.GetAttribute(attribute);
            if (value is null) continue;
            var role = ElementLinks.RoleOf(element, attribute);
            if (attribute == AttributeNames.SrcSet)
                foreach (var candidate in SrcSet.Urls(value)) AddLink(element, candidate, role);
            else
                AddLink(element, value, role);
        }

        var tag = element.LocalName;
        if (tag == TagNames.A && element.GetAttribute(AttributeNames.Name) is { Length: > 0 } name)
            _anchorNames.Add(name);
        else if (tag == TagNames.Img && !element.HasAttribute(AttributeNames.Alt))
            AddFinding(element, LinkCodes.ImageWithoutAlt,
                $"image '{element.GetAttribute(AttributeNames.Src)}' has no alt text (use alt=\"\" for a decorative one)");
        else if (tag == TagNames.Base && _baseHref is null && element.GetAttribute(AttributeNames.Href) is { } href)
            _baseHref = href; // the standard honours only the first base element with an href
    }

    private void AddLink(IElement element, string href, LinkRole role)
    {
        var (line, column) = Locate(element);
        var hrefLang = element.GetAttribute(AttributeNames.HrefLang);
        _links.Add(new PageLink(pagePath, line, column, href, role, hrefLang));
    }

    private void AddFinding(IElement element, string code, string message)
    {
        var (line, column) = Locate(element);
        _findings.Add(new Finding(pagePath, line, column, null, Leaflet.Diagnostics.Severity.Warning, code, message));
    }

    /// <summary>
    /// An element the parser made without a tag of its own (a formatting element reopened
    /// after a misnested end tag) has no recorded offset; it copies an element written
    /// earlier, and the last recorded element before it in document order is that one or
    /// close to it.
    /// </summary>
    private (int Line, int Column) Locate(IElement element) =>
        offsets.TryGetValue(element, out var offset) ? lines.Locate(offset)
        : _lastOffset >= 0 ? lines.Locate(_lastOffset)
        : (1, 1);
}
