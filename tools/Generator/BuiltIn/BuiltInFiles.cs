using System.Reflection;
using System.Text;

namespace Leaflet.BuiltIn;

/// <summary>
/// The files built into the tool (see Generator.csproj): the templates and assets a site without its
/// own falls back to, the languages a new site can start with, and the rest of what <c>leaflet new</c>
/// writes. Each is named by a '/'-separated path such as <c>templates/assets/site.css</c>.
/// </summary>
public static class BuiltInFiles
{
    private const string Prefix = "Leaflet.BuiltIn/";

    private static readonly Assembly Tool = typeof(BuiltInFiles).Assembly;

    /// <summary>The paths of every built-in file under the folder (e.g. "templates"), relative to it, in ordinal order.</summary>
    public static IReadOnlyList<string> Under(string folder)
    {
        var start = Prefix + folder + "/";
        return Tool.GetManifestResourceNames()
            .Where(n => n.StartsWith(start, StringComparison.Ordinal))
            .Select(n => n[start.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static bool Exists(string path) => Tool.GetManifestResourceInfo(Prefix + path) is not null;

    /// <exception cref="FileNotFoundException">No built-in file has this path.</exception>
    public static byte[] ReadBytes(string path)
    {
        using var stream = Tool.GetManifestResourceStream(Prefix + path)
            ?? throw new FileNotFoundException($"no built-in file '{path}'");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The file as UTF-8 text with LF line ends, as the build reads a site's own files.</summary>
    public static string ReadText(string path) => Encoding.UTF8.GetString(ReadBytes(path)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
