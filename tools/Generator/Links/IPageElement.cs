namespace Leaflet.Links;

/// <summary>
/// What the checker reads of one element, whichever scanner found it: AngleSharp's DOM for any page,
/// or the strict scanner for pages whose elements stand in their source order.
/// </summary>
internal interface IPageElement
{
    /// <summary>The tag name in lower case, as the HTML parser gives it.</summary>
    string LocalName { get; }

    /// <summary>The first attribute of that (lower-case) name with its character references decoded, or null.</summary>
    string? GetAttribute(string name);
}
