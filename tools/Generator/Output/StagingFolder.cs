using System.Text;
using Leaflet.Routing;

namespace Leaflet.Output;

/// <summary>Writes the files of one build under the staging folder, at the paths the routes give.</summary>
public sealed class StagingFolder(string root) : IOutputFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Root => root;

    public void WriteText(Route route, string text) => File.WriteAllText(Prepare(route), text, Utf8);

    public void CopyFile(Route route, string source) => File.Copy(source, Prepare(route), overwrite: true);

    public Stream Create(Route route) => new FileStream(Prepare(route), FileMode.Create, FileAccess.Write);

    public long SizeOf(Route route) => new FileInfo(PathOf(route)).Length;

    public string PathOf(Route route) => Path.Combine(root, route.OutputPath.Replace('/', Path.DirectorySeparatorChar));

    private string Prepare(Route route)
    {
        var path = PathOf(route);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
