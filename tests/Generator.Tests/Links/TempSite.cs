using System.Text;

namespace Leaflet.Tests.Links;

/// <summary>A built site written to a temporary folder for one test, for pages too odd or too large to keep as fixtures.</summary>
internal sealed class TempSite : IDisposable
{
    public TempSite() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "leaflet-links-" + Guid.NewGuid().ToString("N"));

    public TempSite With(string path, string content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new UTF8Encoding(false));
        return this;
    }

    public static string Page(string body, string lang = "en") =>
        $"<!doctype html>\n<html lang=\"{lang}\">\n<head><meta charset=\"utf-8\"><title>t</title></head>\n<body>\n{body}\n</body>\n</html>\n";

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is not worth failing a test */ }
    }
}
