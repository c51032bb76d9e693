namespace Leaflet.Content;

public static class BaseUrl
{
    /// <summary>An absolute http(s) URL whose path ends in '/', so relative URLs resolve beneath it.</summary>
    public static Uri? Parse(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return null;
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0) return null;
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
