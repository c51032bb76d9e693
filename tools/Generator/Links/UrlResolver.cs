using Leaflet.Routing;

namespace Leaflet.Links;

/// <summary>
/// Resolves a link as a browser would on a page of the site, and tells the site's own
/// pages (relative links, and absolute ones under the base URL) from the rest of the web.
/// </summary>
internal sealed class UrlResolver(Uri? baseUrl)
{
    private readonly string? _basePath = baseUrl is null ? null : WithTrailingSlash(baseUrl.AbsolutePath);

    public ResolvedLink Resolve(string raw, DocumentBase documentBase)
    {
        var url = UrlText.Clean(raw);
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? url[(hash + 1)..] : null;
        var beforeFragment = hash >= 0 ? url[..hash] : url;

        var scheme = UrlText.SchemeOf(beforeFragment);
        switch (scheme)
        {
            case "http:" or "https:":
                return ResolveAbsolute(url, fragment);
            case "mailto:":
                return new ResolvedLink(LinkKind.Mail, Detail: beforeFragment[scheme.Length..]);
            case "tel:":
                return new ResolvedLink(LinkKind.Phone, Detail: beforeFragment[scheme.Length..]);
            case "javascript:":
                return new ResolvedLink(LinkKind.Script);
            case not null:
                return new ResolvedLink(LinkKind.Ignored);
        }

        // In http(s) URLs the standard reads a backslash as a slash.
        var relative = beforeFragment.Replace('\\', '/');
        if (relative.StartsWith("//", StringComparison.Ordinal))
        {
            var inherited = documentBase.Absolute?.Scheme ?? baseUrl?.Scheme ?? Uri.UriSchemeHttps;
            return ResolveAbsolute($"{inherited}:{url.Replace('\\', '/')}", fragment);
        }
        if (documentBase.Absolute is { } absoluteBase)
        {
            return Uri.TryCreate(absoluteBase, url, out var combined)
                ? ResolveAbsolute(combined.AbsoluteUri, fragment)
                : Malformed(url);
        }

        if (relative.StartsWith('/') && _basePath is { Length: > 1 })
        {
            // Served under the base URL's path, a root-relative link must name that path first.
            var under = UnderBasePath(relative, _basePath);
            if (under is null) return new ResolvedLink(LinkKind.EscapesRoot);
            relative = "/" + under;
        }
        var query = relative.IndexOf('?');
        var path = SitePath.Resolve(documentBase.SitePath, documentBase.Folder, query >= 0 ? relative[..query] : relative);
        return path is null
            ? new ResolvedLink(LinkKind.EscapesRoot)
            : new ResolvedLink(LinkKind.Internal, path, fragment);
    }

    /// <summary>Resolves a page's base element, if any, into what its links resolve against.</summary>
    public DocumentBase BaseOf(ScannedPage page)
    {
        var own = new DocumentBase(page.Path);
        if (page.BaseHref is null) return own;
        var resolved = Resolve(page.BaseHref, own);
        return resolved.Kind switch
        {
            LinkKind.Internal => new DocumentBase(resolved.Path),
            LinkKind.External => new DocumentBase(page.Path, resolved.Url),
            _ => own,
        };
    }

    private ResolvedLink ResolveAbsolute(string url, string? fragment)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0
            || uri.Scheme is not ("http" or "https"))
            return Malformed(url);
        if (!IsUnderBaseUrl(uri)) return new ResolvedLink(LinkKind.External, Fragment: fragment, Url: uri);

        var path = WithTrailingSlash(uri.AbsolutePath) == _basePath ? "" : uri.AbsolutePath[_basePath!.Length..];
        return new ResolvedLink(LinkKind.Internal, SitePath.Resolve("", path) ?? "", fragment);
    }

    private bool IsUnderBaseUrl(Uri uri) =>
        baseUrl is not null
        && string.Equals(uri.Scheme, baseUrl.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.IdnHost, baseUrl.IdnHost, StringComparison.OrdinalIgnoreCase)
        && uri.Port == baseUrl.Port
        && (uri.AbsolutePath.StartsWith(_basePath!, StringComparison.Ordinal)
            || WithTrailingSlash(uri.AbsolutePath) == _basePath);

    private static string? UnderBasePath(string relative, string basePath)
    {
        if (relative.StartsWith(basePath, StringComparison.Ordinal)) return relative[basePath.Length..];
        var bare = basePath[..^1];
        return relative == bare ? "" : relative.StartsWith(bare + "?", StringComparison.Ordinal) ? relative[bare.Length..] : null;
    }

    private static ResolvedLink Malformed(string url) =>
        new(LinkKind.Malformed, Detail: $"'{url}' is not a valid URL");

    private static string WithTrailingSlash(string path) => path.EndsWith('/') ? path : path + "/";
}
