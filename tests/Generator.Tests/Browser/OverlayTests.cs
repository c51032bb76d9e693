using Leaflet.Tests.Support;

namespace Leaflet.Tests.Browser;

/// <summary>A build error keeps the last good page on screen with the diagnostics over it, until the error is fixed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OverlayTests(BrowserFixture browser)
{
    private const string Overlay = "#leaflet-live-problems";

    [SkippableFact]
    public async Task A_build_error_shows_over_the_last_good_page_and_goes_when_fixed()
    {
        browser.Require();
        using var workspace = SiteWorkspace.FromRealContent();
        var (session, server) = await BrowserFixture.Serve(workspace, noPdf: true);
        using var stop = new CancellationTokenSource();
        var watching = Task.Run(async () =>
        {
            await foreach (var _ in session.Watch(stop.Token)) { }
        });
        try
        {
            var language = browser.Content.DefaultLanguage;
            var file = $"{language}/{browser.Content.Slugs[language][0]}.md";
            await using var open = await browser.Open("", url: new Uri(server.Address, $"{language}/{browser.Content.Slugs[language][0]}/").ToString());
            await open.Page.WaitForFunctionAsync("() => document.querySelector('script[data-build]') !== null");
            var title = await open.Page.TitleAsync();
            var text = workspace.ReadContent(file);

            workspace.WriteContent(file, text + "\n<div>raw HTML</div>\n");
            var overlay = open.Page.Locator(Overlay);
            await overlay.WaitForAsync(new() { Timeout = 5000 });
            Assert.Contains("LF1008", await overlay.InnerTextAsync());
            Assert.Equal(title, await open.Page.TitleAsync()); // still the last good page
            var screenshots = Path.Combine(Repository.TestProject, "TestResults", "screenshots");
            Directory.CreateDirectory(screenshots);
            await open.Page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "overlay-1280.png") });

            workspace.WriteContent(file, text + "\nA fixed sentence.\n");
            await open.Page.WaitForFunctionAsync("() => document.querySelector('main').innerText.includes('A fixed sentence.')", null, new() { Timeout = 5000 });
            Assert.Equal(0, await overlay.CountAsync());
        }
        finally
        {
            await stop.CancelAsync();
            session.Dispose();
            await server.DisposeAsync();
            await Task.WhenAny(watching, Task.Delay(2000));
        }
    }
}
