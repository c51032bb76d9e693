using Leaflet.Tests.Support;

namespace Leaflet.Tests.Browser;

/// <summary>Built with offline_links: true, the site opened from the file system (a USB stick) navigates between languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OfflineTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task The_offline_build_opened_from_file_urls_moves_between_languages()
    {
        browser.Require();
        using var workspace = SiteWorkspace.FromRealContent();
        workspace.WriteContent("_site.yaml", workspace.ReadContent("_site.yaml").Replace("offline_links: false", "offline_links: true"));
        var site = workspace.Build(noPdf: true).AssertPublished();
        var languages = browser.Content.Languages;
        var slug = browser.Content.Slugs[languages[0].Code].First(s => browser.Content.Slugs[languages[1].Code].Contains(s));

        await using var open = await browser.Open("", url: new Uri(site.PathOf("index.html")).AbsoluteUri);
        await open.Page.ClickAsync($".language-list a[hreflang='{languages[0].Code}']");
        await open.Page.WaitForURLAsync($"**/{languages[0].Code}/index.html");
        await open.Page.ClickAsync($".leaflet-list a[href^='{slug}/']");
        await open.Page.WaitForURLAsync($"**/{languages[0].Code}/{slug}/index.html");
        await open.Page.ClickAsync($".language-switcher a[hreflang='{languages[1].Code}']");
        await open.Page.WaitForURLAsync($"**/{languages[1].Code}/{slug}/index.html");

        Assert.Equal(languages[1].Code, await open.Page.GetAttributeAsync("html", "lang"));
        Assert.StartsWith("file://", open.Page.Url);
        Assert.Empty(open.Errors);
    }
}
