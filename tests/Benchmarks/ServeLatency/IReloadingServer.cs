namespace Leaflet.ServeLatency;

/// <summary>A development server that tells open pages to reload after a rebuild.</summary>
public interface IReloadingServer : IAsyncDisposable
{
    string Name { get; }

    /// <returns>How long it took from start to serving.</returns>
    Task<TimeSpan> Start();

    /// <summary>From just before the edit is written to the reload message.</summary>
    Task<TimeSpan> TimeReload(Action edit);
}
