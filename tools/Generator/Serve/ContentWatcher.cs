using System.Threading.Channels;

namespace Leaflet.Serve;

/// <summary>
/// Watches the content and templates folders and hands over changes in batches: a batch closes when
/// the files have been quiet for a moment, since an editor saves in several writes (or writes a new
/// file and renames it over the old one).
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    /// <summary>Stands in a batch when the watcher lost events: only a full rebuild is safe then.</summary>
    public const string Lost = "";

    /// <summary>A batch is closed after this long even if changes keep coming, so a long copy still shows progress.</summary>
    private static readonly TimeSpan LongestBatch = TimeSpan.FromSeconds(1);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _paths = Channel.CreateUnbounded<string>();

    public ContentWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => _paths.Writer.TryWrite(e.FullPath);
            watcher.Created += (_, e) => _paths.Writer.TryWrite(e.FullPath);
            watcher.Deleted += (_, e) => _paths.Writer.TryWrite(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                _paths.Writer.TryWrite(e.OldFullPath);
                _paths.Writer.TryWrite(e.FullPath);
            };
            watcher.Error += (_, _) => _paths.Writer.TryWrite(Lost);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public async Task<IReadOnlyCollection<string>> NextBatch(TimeSpan quiet, CancellationToken cancel)
    {
        var batch = new HashSet<string>(StringComparer.Ordinal) { await _paths.Reader.ReadAsync(cancel) };
        var closes = DateTime.UtcNow + LongestBatch;
        while (DateTime.UtcNow < closes)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            wait.CancelAfter(quiet);
            try
            {
                batch.Add(await _paths.Reader.ReadAsync(wait.Token));
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                break;
            }
        }
        return batch;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _paths.Writer.TryComplete();
    }
}
