using System.Text;
using Leaflet.Routing;

namespace Leaflet.Output;

/// <summary>Writes the files of one build under the staging folder, at the paths the routes give.</summary>
/// <param name="fileWriting">A test's hook, told each file's path in the site before it is written.</param>
public sealed class StagingFolder(string root, Action<string>? fileWriting = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Root => root;

    public void WriteText(Route route, string text) => File.WriteAllText(Prepare(route), text, Utf8);

    public void CopyFile(Route route, string source) => File.Copy(source, Prepare(route), overwrite: true);

    public Stream Create(Route route) => new FileStream(Prepare(route), FileMode.Create, FileAccess.Write);

    public string PathOf(Route route) => Path.Combine(root, route.OutputPath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Gives every file and folder the same time, so that copies, archives and web servers' Last-Modified
    /// headers of two builds of the same content agree as their bytes do.
    /// </summary>
    public void Stamp(DateTimeOffset time)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, time.UtcDateTime);
        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Append(root))
            Directory.SetLastWriteTimeUtc(folder, time.UtcDateTime);
    }

    private string Prepare(Route route)
    {
        fileWriting?.Invoke(route.OutputPath);
        var path = PathOf(route);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
