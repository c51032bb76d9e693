using System.Collections.Concurrent;
using System.Text;
using Leaflet.Output;
using Leaflet.Routing;

namespace Leaflet.Serve;

/// <summary>
/// The files of one (partial) build held in memory, keyed by output path, so that serve never writes
/// into output/. The PDF stage writes from several threads, hence the concurrent map.
/// </summary>
public sealed class MemoryOutput : IOutputFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void WriteText(Route route, string text) => _files[route.OutputPath] = Utf8.GetBytes(text);

    public void CopyFile(Route route, string source) => _files[route.OutputPath] = File.ReadAllBytes(source);

    public Stream Create(Route route) => new PendingFile(this, route.OutputPath);

    /// <summary>Keeps what was written when the writer disposes it, as a file would be complete on close.</summary>
    private sealed class PendingFile(MemoryOutput owner, string path) : MemoryStream
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing) owner._files[path] = ToArray();
            base.Dispose(disposing);
        }
    }
}
