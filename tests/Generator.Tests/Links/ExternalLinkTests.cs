using Leaflet.Links;

namespace Leaflet.Tests.Links;

/// <summary>--external against a local server: statuses, redirects, retries, timeouts, limits and the cache.</summary>
public sealed class ExternalLinkTests : IDisposable
{
    private readonly TestWebServer _server = new();
    private readonly TempSite _site = new();
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "leaflet-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _server.Dispose();
        _site.Dispose();
        if (Directory.Exists(_cache)) Directory.Delete(_cache, recursive: true);
    }

    private LinkCheckOptions Online(TimeProvider? clock = null) => new()
    {
        External = true,
        CacheDirectory = _cache,
        // Well above what a local answer takes on a busy machine, well below the slow answer.
        ExternalTimeout = TimeSpan.FromMilliseconds(1500),
        Clock = clock ?? TimeProvider.System,
    };

    private string Links(params string[] paths) =>
        string.Join("\n", paths.Select(path => $"<a href=\"{_server.Url(path)}\">{path}</a>"));

    [Fact]
    public void Each_answer_becomes_the_right_finding()
    {
        _site.With("index.html", TempSite.Page(Links(
            "/ok", "/ok#part", "/moved", "/found", "/moved-to-missing", "/loop", "/forbidden", "/missing", "/error", "/flaky", "/slow")));

        var report = new LinkChecker(Online()).Check(_site.Root);

        var url = _server.Url;
        Assert.Equal(
        [
            $"index.html(7,1): warning LF3013: link '{url("/moved")}' moved permanently (301) to {url("/ok")}",
            $"index.html(8,1): warning LF3013: link '{url("/found")}' redirects (302) to {url("/ok")}",
            $"index.html(9,1): error LF3012: link '{url("/moved-to-missing")}' is broken: the server answered 404 after redirecting to {url("/missing")}",
            $"index.html(10,1): error LF3012: link '{url("/loop")}' could not be reached after redirecting to {url("/loop")}: more than 5 redirects",
            $"index.html(11,1): warning LF3014: link '{url("/forbidden")}' could not be verified: the server answered 403",
            $"index.html(12,1): error LF3012: link '{url("/missing")}' is broken: the server answered 404",
            $"index.html(13,1): error LF3012: link '{url("/error")}' is broken: the server answered 500",
            $"index.html(15,1): error LF3012: link '{url("/slow")}' could not be reached: no answer within 1.5 s",
        ], FixtureSites.Lines(report));
        Assert.Equal(3, _server.Hits("/ok")); // once for both links (the fragment is not sent), twice at the end of a redirect
        Assert.Equal(2, _server.Hits("/error"));
        Assert.Equal(2, _server.Hits("/flaky"));
        Assert.Equal(2, _server.Hits("/slow"));
        Assert.Equal(2, _server.Hits("/missing")); // once for itself, once at the end of a redirect
    }

    [Fact]
    public void Answers_are_cached_and_reused_while_fresh_but_no_answer_is_asked_again()
    {
        _site.With("index.html", TempSite.Page(Links("/ok", "/missing", "/slow")));
        var first = new LinkChecker(Online()).Check(_site.Root);
        var asked = (_server.Hits("/ok"), _server.Hits("/missing"), _server.Hits("/slow"));

        var second = new LinkChecker(Online()).Check(_site.Root);

        Assert.Equal(FixtureSites.Lines(first), FixtureSites.Lines(second));
        Assert.Equal((asked.Item1, asked.Item2, asked.Item3 + 2), (_server.Hits("/ok"), _server.Hits("/missing"), _server.Hits("/slow")));
        var cache = File.ReadAllText(Path.Combine(_cache, "external-links.json"));
        Assert.Contains(_server.Url("/missing"), cache);
        Assert.Contains("CheckedAt", cache);
        Assert.DoesNotContain("/slow", cache);
    }

    [Fact]
    public void Stale_answers_are_asked_again()
    {
        _site.With("index.html", TempSite.Page(Links("/ok")));
        var clock = new SettableClock(DateTimeOffset.Parse("2026-11-25T10:00:00Z"));
        new LinkChecker(Online(clock)).Check(_site.Root);

        clock.Now += TimeSpan.FromHours(23);
        new LinkChecker(Online(clock)).Check(_site.Root);
        Assert.Equal(1, _server.Hits("/ok"));

        clock.Now += TimeSpan.FromHours(2);
        new LinkChecker(Online(clock)).Check(_site.Root);
        Assert.Equal(2, _server.Hits("/ok"));
    }

    [Fact]
    public void No_more_than_the_per_host_limit_is_in_flight_at_once()
    {
        _site.With("index.html", TempSite.Page(Links(Enumerable.Range(1, 8).Select(i => $"/busy/{i}").ToArray())));

        // A generous timeout: on a loaded machine a retry after a timeout would count twice.
        var report = new LinkChecker(Online() with { MaxRequestsPerHost = 2, ExternalTimeout = TimeSpan.FromSeconds(10) }).Check(_site.Root);

        Assert.Empty(report.Diagnostics);
        Assert.Equal(8, _server.TotalHits);
        Assert.InRange(_server.MostInFlight, 1, 2);
    }

    [Fact]
    public void Without_external_nothing_goes_online()
    {
        _site.With("index.html", TempSite.Page(Links("/missing", "/error")));

        var report = new LinkChecker(new LinkCheckOptions { CacheDirectory = _cache }).Check(_site.Root);

        Assert.Empty(report.Diagnostics);
        Assert.Equal(0, _server.TotalHits);
        Assert.False(Directory.Exists(_cache));
    }

    [Fact]
    public void Outside_links_are_checked_online_too()
    {
        _site.With("index.html", TempSite.Page("<p>home</p>"));

        var report = new LinkChecker(Online()).Check(_site.Root, [new ExternalLinkSource("a4.pdf", 1, 1, _server.Url("/missing"))]);

        Assert.Equal([$"a4.pdf(1,1): error LF3012: link '{_server.Url("/missing")}' is broken: the server answered 404"], FixtureSites.Lines(report));
    }

    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
