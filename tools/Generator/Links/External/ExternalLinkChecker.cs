using System.Collections.Concurrent;
using System.Net;

namespace Leaflet.Links.External;

/// <summary>
/// Checks links to other sites online, each distinct URL once, with a bound on requests in
/// flight overall and per host, and results cached between runs.
/// </summary>
internal sealed class ExternalLinkChecker(LinkCheckOptions options)
{
    public const string UserAgent = "LeafletLinkCheck/1.0 (+static site link checker)";

    public IEnumerable<Finding> Check(IReadOnlyList<WebLink> links, CancellationToken ct)
    {
        var keyed = links.Select(link => (Link: link.Link, Key: Key(link.Url))).ToList();
        var urls = keyed.Select(k => k.Key).Distinct().Order(StringComparer.Ordinal).ToList();
        // The checker's API is synchronous; on the thread pool, no caller's synchronization context can deadlock the wait.
        var results = Task.Run(() => ResultsAsync(urls, ct), ct).GetAwaiter().GetResult();
        foreach (var (link, key) in keyed)
            if (ExternalVerdict.Judge(link, results[key]) is { } finding) yield return finding;
    }

    /// <summary>The fragment is the browser's business and never reaches the server.</summary>
    private static string Key(Uri url) => url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);

    private async Task<IReadOnlyDictionary<string, ExternalResult>> ResultsAsync(IReadOnlyList<string> urls, CancellationToken ct)
    {
        var cache = ExternalLinkCache.Load(options.CacheDirectory);
        var now = options.Clock.GetUtcNow();
        var results = new ConcurrentDictionary<string, ExternalResult>(StringComparer.Ordinal);
        var toAsk = new List<string>();
        foreach (var url in urls)
        {
            if (cache.Fresh(url, now, options.CacheLifetime) is { } cached) results[url] = cached;
            else toAsk.Add(url);
        }
        if (toAsk.Count == 0) return results;

        using var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.ExternalTimeout,
            MaxConnectionsPerServer = Math.Max(1, options.MaxRequestsPerHost),
        };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        var probe = new HttpProbe(client, options);

        using var overall = new SemaphoreSlim(Math.Max(1, options.MaxExternalRequests));
        var perHost = toAsk.Select(url => new Uri(url).Authority).Distinct()
            .ToDictionary(host => host, _ => new SemaphoreSlim(Math.Max(1, options.MaxRequestsPerHost)));
        await Task.WhenAll(toAsk.Select(async url =>
        {
            var host = perHost[new Uri(url).Authority];
            // The host first, so a slow host's queue never holds places other hosts could use.
            await host.WaitAsync(ct);
            try
            {
                await overall.WaitAsync(ct);
                try { results[url] = await probe.ProbeAsync(new Uri(url), ct); }
                finally { overall.Release(); }
            }
            finally { host.Release(); }
        }));
        foreach (var gate in perHost.Values) gate.Dispose();

        foreach (var url in toAsk) cache.Put(url, results[url]);
        cache.Save(options.CacheDirectory);
        return results;
    }
}
