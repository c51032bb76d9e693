namespace Leaflet.Links;

internal enum LinkKind
{
    /// <summary>A file of this build; <see cref="ResolvedLink.Path"/> is relative to the site root.</summary>
    Internal,
    External,
    Mail,
    Phone,
    Script,
    /// <summary>Schemes the checker has nothing to say about (data:, ftp:, sms:…).</summary>
    Ignored,
    Malformed,
    EscapesRoot,
}

/// <summary>
/// A link resolved against its page. An internal path is percent-decoded; it names a
/// folder when it is empty (the site root) or ends in '/'.
/// </summary>
/// <param name="Fragment">As written after '#', not decoded (matching tries both forms); null when there is no '#'.</param>
/// <param name="Detail">The address for mail and phone links, the reason for malformed ones.</param>
internal sealed record ResolvedLink(LinkKind Kind, string Path = "", string? Fragment = null, Uri? Url = null, string? Detail = null);

/// <summary>
/// What relative links on a page resolve against: the page itself, or what its base
/// element names, which may be a folder of the site or another site altogether.
/// </summary>
internal sealed record DocumentBase(string SitePath, Uri? Absolute = null)
{
    public static DocumentBase Root { get; } = new("");

    /// <summary>The folders above <see cref="SitePath"/>, split once for all the links of a page.</summary>
    public string[] Folder { get; } = SitePath.Split('/')[..^1];
}
