using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Leaflet.Links;

/// <summary>Which attributes of which elements hold a URL the checker follows.</summary>
internal static class ElementLinks
{
    private static readonly FrozenDictionary<string, string[]> AttributesByTag = new Dictionary<string, string[]>
    {
        [TagNames.A] = [AttributeNames.Href],
        [TagNames.Area] = [AttributeNames.Href],
        [TagNames.Link] = [AttributeNames.Href],
        [TagNames.Img] = [AttributeNames.Src, AttributeNames.SrcSet],
        [TagNames.Source] = [AttributeNames.Src, AttributeNames.SrcSet],
        [TagNames.Script] = [AttributeNames.Src],
        [TagNames.Iframe] = [AttributeNames.Src],
        [TagNames.Audio] = [AttributeNames.Src],
        [TagNames.Video] = [AttributeNames.Src, AttributeNames.Poster],
        [TagNames.Object] = [AttributeNames.Data],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Attributes whose element position a diagnostic may need; the rest are never located.
    private static readonly FrozenSet<string> Located = FrozenSet.Create(StringComparer.Ordinal,
        AttributeNames.Id, AttributeNames.Name, AttributeNames.Href, AttributeNames.Src,
        AttributeNames.SrcSet, AttributeNames.Poster, AttributeNames.Data, AttributeNames.Alt);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LocatedBySpan =
        Located.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsLocated(ReadOnlySpan<char> attributeName) => LocatedBySpan.Contains(attributeName);

    public static IReadOnlyList<string> AttributesOf(string localName) =>
        AttributesByTag.TryGetValue(localName, out var names) ? names : [];

    public static LinkRole RoleOf(IPageElement element)
    {
        var tag = element.LocalName;
        var declaresLanguage = element.GetAttribute(AttributeNames.HrefLang) is not null;
        if (tag == TagNames.A || tag == TagNames.Area)
            return declaresLanguage ? LinkRole.LanguageSwitch : LinkRole.Navigation;
        if (tag == TagNames.Link && declaresLanguage && HasKeyword(element.GetAttribute(AttributeNames.Rel), "alternate"))
            return LinkRole.Alternate;
        return LinkRole.Resource;
    }

    /// <summary>rel is a set of space-separated, ASCII case-insensitive keywords.</summary>
    private static bool HasKeyword(string? rel, string keyword) =>
        (rel ?? "").Split((char[])[' ', '\t', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Contains(keyword, StringComparer.OrdinalIgnoreCase);
}
