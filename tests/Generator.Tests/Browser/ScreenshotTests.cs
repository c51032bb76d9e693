using Leaflet.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Leaflet.Tests.Browser;

/// <summary>
/// Pictures of each page kind in each language at a phone's and a desktop's width, for a person to
/// look at: TestResults/screenshots/ beside the test project (git-ignored).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly int[] Widths = [360, 1280];

    [SkippableFact]
    public async Task Each_page_kind_is_photographed_at_phone_and_desktop_width()
    {
        browser.Require();
        var folder = Path.Combine(Repository.TestProject, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var pages = new List<(string Name, string Path)> { ("chooser", ""), ("404", SitePages.Missing) };
        foreach (var language in browser.Content.Languages)
        {
            pages.Add(($"index-{language.Code}", $"{language.Code}/"));
            pages.Add(($"leaflet-{language.Code}", $"{language.Code}/{browser.Content.Slugs[language.Code][0]}/"));
        }
        foreach (var (name, path) in pages)
        {
            foreach (var width in Widths)
            {
                await using var open = await browser.Open(path, width);
                var file = Path.Combine(folder, $"{name}-{width}.png");
                await open.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 1000);
            }
        }
        output.WriteLine($"screenshots in {folder}");
    }
}
