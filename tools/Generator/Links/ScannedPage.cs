namespace Leaflet.Links;

/// <summary>
/// What the checker keeps of a parsed page: the targets it offers and the links it holds.
/// The DOM itself is dropped as soon as this is read, so 2,000 pages fit in little memory.
/// </summary>
internal sealed record ScannedPage(
    string Path,
    string? Language,
    string? BaseHref,
    IReadOnlySet<string> Ids,
    IReadOnlySet<string> AnchorNames,
    IReadOnlyList<PageLink> Links,
    IReadOnlyList<Finding> Findings)
{
    public static ScannedPage Unreadable(string path, Finding finding) =>
        new(path, null, null, new HashSet<string>(), new HashSet<string>(), [], [finding]);

    /// <summary>An element the fragment may indicate: an id, or a name on an a element (HTML, "find a potential indicated element").</summary>
    public bool Indicates(string fragment) => Ids.Contains(fragment) || AnchorNames.Contains(fragment);

    /// <summary>For the hint in a message: the target that differs only in letter case.</summary>
    public string? SimilarTarget(string fragment) =>
        Ids.Concat(AnchorNames)
            .Where(id => string.Equals(id, fragment, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
}
