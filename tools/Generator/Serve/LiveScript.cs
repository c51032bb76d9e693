using System.Text;

namespace Leaflet.Serve;

/// <summary>
/// The live-reload script and the tag that loads it, put into HTML as it is served: the pages in
/// memory are exactly what `build` writes, and no build ever contains the script.
/// </summary>
public static class LiveScript
{
    public const string Path = "/_leaflet/live.js";
    public const string EventsPath = "/_leaflet/events";

    public static byte[] Source { get; } = Load();

    /// <param name="file">The file served, so the script knows which changes concern its page.</param>
    public static byte[] Inject(byte[] html, string file, int build)
    {
        var tag = Encoding.UTF8.GetBytes($"<script src=\"{Path}\" data-file=\"{System.Net.WebUtility.HtmlEncode(file)}\" data-build=\"{build}\"></script>\n");
        var at = html.AsSpan().LastIndexOf("</body>"u8);
        if (at < 0) at = html.Length;
        return [.. html.AsSpan(0, at), .. tag, .. html.AsSpan(at)];
    }

    private static byte[] Load()
    {
        using var stream = typeof(LiveScript).Assembly.GetManifestResourceStream("Leaflet.Serve.live.js")
            ?? throw new InvalidOperationException("the live-reload script is not embedded in the tool");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
