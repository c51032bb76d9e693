namespace Leaflet.Links;

/// <summary>How the link checker runs; passed explicitly, never read from globals.</summary>
public sealed record LinkCheckOptions
{
    /// <summary>Absolute links under this URL are the site's own pages and are checked against the build.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Check http(s) links online; without it they are checked for syntax only, so builds work offline.</summary>
    public bool External { get; init; }

    /// <summary>Where online results are kept between runs (git-ignored).</summary>
    public string CacheDirectory { get; init; } = ".leaflet-cache";

    public TimeSpan CacheLifetime { get; init; } = TimeSpan.FromDays(1);

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Online requests in flight at once, over all hosts.</summary>
    public int MaxExternalRequests { get; init; } = 16;

    /// <summary>Requests in flight to one host, so a check never looks like an attack on a small server.</summary>
    public int MaxRequestsPerHost { get; init; } = 2;

    /// <summary>For one attempt; a link that times out is tried once more.</summary>
    public TimeSpan ExternalTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public int MaxRedirects { get; init; } = 5;

    /// <summary>The clock that dates cache entries; tests replace it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
