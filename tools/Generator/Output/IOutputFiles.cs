using Leaflet.Routing;

namespace Leaflet.Output;

/// <summary>
/// Where the stages put the files of one build. <c>build</c> writes them to the staging folder;
/// <c>serve</c> keeps them in memory, so it never touches output/.
/// </summary>
public interface IOutputFiles
{
    void WriteText(Route route, string text);

    void CopyFile(Route route, string source);

    /// <summary>A stream for one file; the file is complete when the stream is disposed. Safe to call from several threads.</summary>
    Stream Create(Route route);
}
