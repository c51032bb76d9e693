using Leaflet.Tests.Support;

namespace Leaflet.Tests.Hosting;

/// <summary>
/// The real content, with one picture a translator named in Cyrillic, built through the pipeline with its
/// PDFs and served by nginx with the configuration of docs/hosting.md. Without nginx nothing is started,
/// and each test skips (or, in CI, fails) through <see cref="Require"/>.
/// </summary>
public sealed class NginxSiteFixture : IDisposable
{
    public const string Leaflet = "red-dots-on-the-body";
    public const string CyrillicPicture = "схема.png";

    private readonly SiteWorkspace _workspace = SiteWorkspace.FromRealContent();
    private readonly NginxServer? _server;

    public NginxSiteFixture()
    {
        if (!NginxServer.Available) return;
        Picture = Png.Pixel(200, 40, 40);
        _workspace.WriteContentBytes($"ru/images/{CyrillicPicture}", Picture);
        var article = $"ru/{Leaflet}.md";
        _workspace.WriteContent(article, _workspace.ReadContent(article).TrimEnd() + $"\n\n![Схема](images/{CyrillicPicture})\n");
        Site = _workspace.Build().AssertPublished();

        var folder = _workspace.Temp.Combine("nginx");
        Directory.CreateDirectory(folder);
        _server = NginxServer.Start(NginxConfiguration.FromHostingPage(), Site.OutputRoot, folder);
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = _server.Address };
    }

    public BuiltSite Site { get; } = null!;

    public HttpClient Client { get; } = null!;

    public byte[] Picture { get; } = [];

    /// <summary>Skips the test where nginx is missing, naming the package; in CI a missing nginx fails.</summary>
    public static void Require()
    {
        if (NginxServer.Available) return;
        var message = $"nginx is not installed at {NginxServer.Program}; to run the hosting tests: {NginxServer.InstallCommand}";
        if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException($"{message} (CI must install it: .ci/run)");
        Skip.If(true, message);
    }

    public void Dispose()
    {
        Client?.Dispose();
        _server?.Dispose();
        _workspace.Dispose();
    }
}
