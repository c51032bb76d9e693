using Leaflet.Serve;
using Leaflet.Tests.Support;
using Microsoft.Playwright;

namespace Leaflet.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// One Chromium and one `serve` of the real content (with its PDFs) for every browser test: starting
/// either costs seconds, and this machine has two cores. The browser is Debian's, never downloaded.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; LEAFLET_CHROMIUM names another (or a missing one, to see the tests skip).</summary>
    public static string Chromium { get; } = Environment.GetEnvironmentVariable("LEAFLET_CHROMIUM") ?? "/usr/bin/chromium";
    public const string InstallCommand = "apt-get install -y chromium";

    private IPlaywright? _playwright;
    private LiveSession? _session;
    private LiveServer? _server;
    private readonly SemaphoreSlim _fixtureSitesLock = new(1, 1);
    private readonly Dictionary<string, (SiteWorkspace Workspace, LiveSession Session, LiveServer Server)> _fixtureSites = [];

    public SiteWorkspace Workspace { get; } = SiteWorkspace.FromRealContent();

    public ContentInfo Content { get; } = ContentInfo.Read(Repository.Content);

    public bool Available => File.Exists(Chromium);

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => _server!.Address;

    public async Task InitializeAsync()
    {
        if (!Available) return;
        // Playwright's driver would fetch its own browsers if asked; these tests never ask.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        (_session, _server) = await Serve(Workspace, noPdf: false);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>Skips the test where Chromium is missing, with the command that installs it; in CI a missing browser fails.</summary>
    public void Require()
    {
        if (Available) return;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException($"Chromium is not installed at {Chromium}; CI must run: {InstallCommand}");
        Skip.If(true, $"Chromium is not installed at {Chromium}; to run the browser tests: {InstallCommand}");
    }

    public static async Task<(LiveSession, LiveServer)> Serve(SiteWorkspace workspace, bool noPdf)
    {
        var session = new LiveSession(new ServeOptions { ContentRoot = workspace.ContentRoot, TemplatesRoot = workspace.TemplatesRoot, NoPdf = noPdf });
        var first = session.BuildFirst(CancellationToken.None);
        if (!first.Published) throw new InvalidOperationException(string.Join("\n", first.Diagnostics));
        var (server, problem) = await LiveServer.StartAsync("127.0.0.1", 0, session.Responder, CancellationToken.None);
        return (session, server ?? throw new InvalidOperationException(problem!.ToString()));
    }

    /// <summary>
    /// The address of a `serve` of the real content with a language folder of Fixtures/Sites added (and the
    /// Noto fonts it names copied into content/fonts/), started on first use and kept for the other tests.
    /// </summary>
    public async Task<Uri> FixtureSite(string fixture, Pdf.NotoFonts fonts)
    {
        await _fixtureSitesLock.WaitAsync();
        try
        {
            if (_fixtureSites.TryGetValue(fixture, out var served)) return served.Server.Address;
            var workspace = SiteWorkspace.FromRealContent();
            TempFolder.CopyDirectory(Repository.FixtureSite(fixture), workspace.ContentRoot);
            workspace.WriteContentBytes("fonts/" + fonts.RegularFile, File.ReadAllBytes(fonts.Regular));
            workspace.WriteContentBytes("fonts/" + fonts.BoldFile, File.ReadAllBytes(fonts.Bold));
            var (session, server) = await Serve(workspace, noPdf: false);
            _fixtureSites[fixture] = (workspace, session, server);
            return server.Address;
        }
        finally
        {
            _fixtureSitesLock.Release();
        }
    }

    /// <summary>A page in a fresh context of the given width, with every console error and uncaught exception collected.</summary>
    public async Task<OpenPage> Open(string path, int width = 1280, string? url = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        var open = new OpenPage(context, page);
        page.Console += (_, message) => open.Console(message);
        page.PageError += (_, error) => open.Uncaught.Add($"uncaught: {error}");
        open.Response = await page.GotoAsync(url ?? new Uri(Address, path).ToString());
        return open;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        _session?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        foreach (var (workspace, session, server) in _fixtureSites.Values)
        {
            session.Dispose();
            await server.DisposeAsync();
            workspace.Dispose();
        }
        Workspace.Dispose();
    }
}
