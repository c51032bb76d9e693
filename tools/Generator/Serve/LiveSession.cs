using System.Runtime.CompilerServices;

namespace Leaflet.Serve;

/// <summary>
/// Serve without the printing: the first build, then one rebuild per batch of changes, each
/// announced to the open pages. The command line starts the server and prints the reports.
/// </summary>
public sealed class LiveSession : IDisposable
{
    private readonly ServeOptions _options;
    private readonly ContentWatcher _watcher;
    private readonly ChangeClassifier _classifier;

    public LiveSession(ServeOptions options)
    {
        _options = options;
        // Watching starts before the first build, so a file saved while it runs is not missed.
        _watcher = new ContentWatcher([options.ContentRoot, options.TemplatesRoot]);
        _classifier = new ChangeClassifier(options.ContentRoot, options.TemplatesRoot);
        Builder = new LiveBuilder(options);
        Responder = new LiveResponder(() => Builder.Current, Hub);
    }

    public LiveBuilder Builder { get; }

    public ReloadHub Hub { get; } = new();

    public LiveResponder Responder { get; }

    public LiveBuildReport BuildFirst(CancellationToken cancel) => Announce(Builder.Build(ChangePlan.Everything([]), cancel));

    public async IAsyncEnumerable<LiveBuildReport> Watch([EnumeratorCancellation] CancellationToken cancel)
    {
        while (!cancel.IsCancellationRequested)
        {
            var paths = await _watcher.NextBatch(_options.Debounce, cancel);
            var plan = paths.Contains(ContentWatcher.Lost)
                ? ChangePlan.Everything(["(changes the file watcher lost)"])
                : _classifier.Classify(paths, Builder.Site);
            if (plan.IsEmpty) continue;
            yield return Announce(Builder.Build(plan, cancel));
        }
    }

    private LiveBuildReport Announce(LiveBuildReport report)
    {
        // A good build clears the overlay even when no file changed (a fix back to what was served).
        Hub.Send(report.Published ? ServerEvents.Reload(report.Number, report.Changed) : ServerEvents.Problems(report.Diagnostics));
        if (report.Published) Hub.Send(ServerEvents.Warnings(Builder.Current.Warnings));
        return report;
    }

    public void Dispose()
    {
        Hub.Close();
        _watcher.Dispose();
    }
}
