namespace Leaflet.Serve;

/// <summary>
/// The media type of each kind of file a leaflet site holds. Text types name their charset, since
/// the build writes UTF-8 and a browser guessing otherwise would garble every non-Latin letter.
/// </summary>
public static class ContentTypes
{
    private static readonly IReadOnlyDictionary<string, string> ByExtension = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".txt"] = "text/plain; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".pdf"] = "application/pdf",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".woff"] = "font/woff",
        [".ttf"] = "font/ttf",
    };

    public const string Fallback = "application/octet-stream";

    public static string Of(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path), Fallback);

    public static bool IsHtml(string path) => Of(path).StartsWith("text/html", StringComparison.Ordinal);
}
