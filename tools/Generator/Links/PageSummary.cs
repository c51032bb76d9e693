using AngleSharp.Dom;
using Leaflet.Diagnostics;

namespace Leaflet.Links;

/// <summary>
/// Gathers one page's <see cref="ScannedPage"/> from its elements, given in document order: the ids
/// and anchor names it offers, the links it holds and the warnings about its own elements. The one
/// place these rules live, whichever scanner found the elements.
/// </summary>
/// <param name="lines">Turns an element's offset in the page into its line and column.</param>
internal sealed class PageSummary(string pagePath, LineMap lines)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reportedDuplicates = new(StringComparer.Ordinal);
    private readonly HashSet<string> _anchorNames = new(StringComparer.Ordinal);
    private readonly List<PageLink> _links = new();
    private readonly List<Finding> _findings = new();
    private string? _baseHref;
    private int _lastOffset = -1;

    /// <param name="offset">
    /// Where the element's start tag is in the page, known for elements with an attribute that
    /// <see cref="ElementLinks.IsLocated"/>; an element without one is placed where the last
    /// located element before it was, which is all AngleSharp's DOM can tell of it.
    /// </param>
    public void Add(IPageElement element, int? offset)
    {
        if (offset is { } known) _lastOffset = known;
        var id = element.GetAttribute(AttributeNames.Id);
        if (!string.IsNullOrEmpty(id) && !_ids.Add(id) && _reportedDuplicates.Add(id))
            AddFinding(element, offset, DiagnosticCodes.DuplicateId, $"id '{id}' is used more than once on this page");

        foreach (var attribute in ElementLinks.AttributesOf(element.LocalName))
        {
            var value = element.GetAttribute(attribute);
            if (value is null) continue;
            var role = ElementLinks.RoleOf(element);
            if (attribute == AttributeNames.SrcSet)
                foreach (var candidate in SrcSet.Urls(value)) AddLink(element, offset, candidate, role);
            else
                AddLink(element, offset, value, role);
        }

        var tag = element.LocalName;
        if (tag == TagNames.A && element.GetAttribute(AttributeNames.Name) is { Length: > 0 } name)
            _anchorNames.Add(name);
        else if (tag == TagNames.Img && element.GetAttribute(AttributeNames.Alt) is null)
            AddFinding(element, offset, DiagnosticCodes.ImageWithoutAlt,
                $"image '{element.GetAttribute(AttributeNames.Src)}' has no alt text (use alt=\"\" for a decorative one)");
        else if (tag == TagNames.Base && _baseHref is null && element.GetAttribute(AttributeNames.Href) is { } href)
            _baseHref = href; // the standard honours only the first base element with an href
    }

    /// <param name="language">The lang attribute of the page's root element.</param>
    public ScannedPage Finish(string? language) =>
        new(pagePath, string.IsNullOrWhiteSpace(language) ? null : language.Trim(), _baseHref, _ids, _anchorNames, _links, _findings);

    private void AddLink(IPageElement element, int? offset, string href, LinkRole role)
    {
        var (line, column) = Locate(offset);
        var hrefLang = element.GetAttribute(AttributeNames.HrefLang);
        _links.Add(new PageLink(pagePath, line, column, href, role, hrefLang));
    }

    private void AddFinding(IPageElement element, int? offset, DiagnosticCode code, string message)
    {
        var (line, column) = Locate(offset);
        _findings.Add(Finding.OnPage(pagePath, line, column, code, message));
    }

    /// <summary>
    /// An element the parser made without a tag of its own (a formatting element reopened
    /// after a misnested end tag) has no recorded offset; it copies an element written
    /// earlier, and the last recorded element before it in document order is that one or
    /// close to it.
    /// </summary>
    private (int Line, int Column) Locate(int? offset) =>
        offset is { } known ? lines.Locate(known)
        : _lastOffset >= 0 ? lines.Locate(_lastOffset)
        : (1, 1);
}
