using Leaflet.Content;
using Leaflet.Diagnostics;

namespace Leaflet.Pipeline;

/// <summary>
/// A file the system would not let the build read or write: a full disk, a folder without write
/// permission, a file removed while the build ran. The machine's problem, not the content's and not
/// a bug, so it is a diagnostic (LF9007) with the system's own words, and output/ stays as it was.
/// </summary>
public static class FileSystemFailure
{
    /// <returns>The diagnostic, or null when the exception is not a file-system failure.</returns>
    public static Diagnostic? Describe(Exception exception, string outputRoot)
    {
        // Parallel stages wrap what their workers threw.
        var inner = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception];
        var failure = inner.FirstOrDefault(e => e is IOException or UnauthorizedAccessException);
        if (failure is null || inner.Any(e => e is not (IOException or UnauthorizedAccessException))) return null;
        return Diagnostic.Of(DiagnosticCodes.FileSystemFailure, DisplayPath.Of(outputRoot), 0, 0,
            $"a file could not be read or written: {failure.Message}");
    }
}
