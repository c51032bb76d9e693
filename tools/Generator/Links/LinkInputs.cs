namespace Leaflet.Links;

/// <summary>
/// A link that comes from outside HTML (a PDF's links and QR target).
/// <paramref name="Url"/> is absolute (under the base URL) or relative to the site root.
/// </summary>
public sealed record ExternalLinkSource(string File, int Line, int Column, string Url);

/// <summary>Where in the content a rendered link was written; lines and columns are 1-based.</summary>
public sealed record SourceLocation(string File, int Line, int Column);

/// <summary>
/// Maps a link on a page (the page path relative to the site root with '/' separators,
/// and the raw attribute value) to the content file it came from, or null when it came
/// from a template.
/// </summary>
public delegate SourceLocation? LinkOriginResolver(string pagePath, string href);
