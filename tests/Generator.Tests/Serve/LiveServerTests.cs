using System.Net;
using System.Net.Sockets;
using Leaflet.Serve;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Serve;

/// <summary>The server as a browser meets it: statuses, media types, caching, the injected script and the event stream.</summary>
public sealed class LiveServerTests : IClassFixture<LiveServerTests.Served>
{
    private readonly Served _served;

    public LiveServerTests(Served served) => _served = served;

    /// <summary>The basic fixture with its PDFs, served on a free port for the whole class.</summary>
    public sealed class Served : IAsyncLifetime
    {
        public SiteWorkspace Workspace { get; } = SiteWorkspace.FromFixture("basic");
        public LiveSession Session { get; private set; } = null!;
        public LiveServer Server { get; private set; } = null!;
        public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false });

        public async Task InitializeAsync()
        {
            Session = new LiveSession(new ServeOptions { ContentRoot = Workspace.ContentRoot, TemplatesRoot = Workspace.TemplatesRoot });
            Assert.True(Session.BuildFirst(CancellationToken.None).Published);
            var (server, problem) = await LiveServer.StartAsync("127.0.0.1", 0, Session.Responder, CancellationToken.None);
            Server = server ?? throw new InvalidOperationException(problem!.ToString());
            Http.BaseAddress = Server.Address;
        }

        public async Task DisposeAsync()
        {
            Session.Dispose();
            await Server.DisposeAsync();
            Http.Dispose();
            Workspace.Dispose();
        }
    }

    [Theory]
    [InlineData("", "text/html; charset=utf-8")]
    [InlineData("en/", "text/html; charset=utf-8")]
    [InlineData("en/sun-safety/", "text/html; charset=utf-8")]
    [InlineData("assets/site.css", "text/css; charset=utf-8")]
    [InlineData("sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("en/sun-safety/sun-safety-en.pdf", "application/pdf")]
    [InlineData("_leaflet/live.js", "text/javascript; charset=utf-8")]
    public async Task Files_are_served_with_their_media_type_and_never_cached(string path, string type)
    {
        using var response = await _served.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_missing_page_is_answered_by_404_html_with_status_404()
    {
        using var response = await _served.Http.GetAsync("en/no-such-leaflet/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith(System.Text.Encoding.UTF8.GetString(_served.Session.Builder.Current.Files["404.html"]).Split("</body>")[0], body);
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_to_it_keeping_the_query()
    {
        using var response = await _served.Http.GetAsync("en/sun-safety?x=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/en/sun-safety/?x=1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Only_html_gets_the_live_script_and_the_bytes_otherwise_are_the_builds()
    {
        var page = await _served.Http.GetStringAsync("en/sun-safety/");
        Assert.Contains($"<script src=\"{LiveScript.Path}\" data-file=\"en/sun-safety/index.html\"", page);
        Assert.EndsWith("</script>\n</body>\n</html>\n", page);
        var css = await _served.Http.GetByteArrayAsync("assets/site.css");
        Assert.Equal(_served.Session.Builder.Current.Files["assets/site.css"], css);
    }

    [Fact]
    public async Task Other_methods_are_refused()
    {
        using var response = await _served.Http.PostAsync("en/", new StringContent(""));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task The_event_stream_starts_with_the_current_build()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var response = await _served.Http.GetAsync(LiveScript.EventsPath.TrimStart('/'), HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        var lines = new List<string>();
        while (lines.Count < 4) lines.Add(await reader.ReadLineAsync(cancel.Token) ?? "");
        Assert.Equal(["retry: 500", "", "event: build", $"data: {{\"build\":{_served.Session.Builder.Current.Number}}}"], lines);
    }

    [Fact]
    public async Task A_busy_port_is_reported_as_LF9004_without_a_stack_trace()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var (server, problem) = await LiveServer.StartAsync("127.0.0.1", port, _served.Session.Responder, CancellationToken.None);

        Assert.Null(server);
        Assert.Equal($"leaflet: error LF9004: port {port} is in use; choose another with --port", problem!.ToString());
    }
}
