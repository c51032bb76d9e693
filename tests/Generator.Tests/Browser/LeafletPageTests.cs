using System.Text;

namespace Leaflet.Tests.Browser;

/// <summary>What a reader does on a leaflet page: switch language, jump to a section, download the PDF.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LeafletPageTests(BrowserFixture browser)
{
    [SkippableTheory]
    [MemberData(nameof(SitePages.Leaflets), MemberType = typeof(SitePages))]
    public async Task The_switcher_leads_to_the_same_leaflet_in_each_other_language(string path)
    {
        browser.Require();
        var slug = path.Split('/')[1];
        var others = browser.Content.Languages.Where(l => l.Code != path.Split('/')[0] && browser.Content.Slugs[l.Code].Contains(slug)).ToList();
        Assert.NotEmpty(others);
        foreach (var language in others)
        {
            await using var open = await browser.Open(path);
            await open.Page.ClickAsync($".language-switcher a[hreflang='{language.Code}']");
            await open.Page.WaitForURLAsync(new Uri(browser.Address, $"{language.Code}/{slug}/").ToString());
            Assert.Equal(language.Code, await open.Page.GetAttributeAsync("html", "lang"));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(SitePages.Leaflets), MemberType = typeof(SitePages))]
    public async Task Each_contents_link_scrolls_its_heading_into_view(string path)
    {
        browser.Require();
        await using var open = await browser.Open(path);
        var links = await open.Page.QuerySelectorAllAsync("nav.contents a");
        Assert.NotEmpty(links);
        for (var i = 0; i < links.Count; i++)
        {
            var href = await links[i].GetAttributeAsync("href");
            await links[i].ClickAsync();
            // Smooth scrolling may take a moment; then the heading must be on screen (a fraction of a pixel off the top is on screen).
            var where = "";
            for (var tries = 0; tries < 20 && where != "ok"; tries++)
            {
                await open.Page.WaitForTimeoutAsync(50);
                where = await open.Page.EvaluateAsync<string>("""
                    href => {
                      const heading = document.getElementById(decodeURIComponent(href.slice(1)));
                      if (!heading) return 'no element for ' + href;
                      const box = heading.getBoundingClientRect();
                      return box.bottom > 0 && box.top < window.innerHeight ? 'ok' : `top ${box.top} of ${window.innerHeight}`;
                    }
                    """, href);
            }
            Assert.True(where == "ok", $"{href}: {where}");
        }
    }

    [SkippableTheory]
    [MemberData(nameof(SitePages.Leaflets), MemberType = typeof(SitePages))]
    public async Task Each_pdf_link_answers_with_a_pdf(string path)
    {
        browser.Require();
        await using var open = await browser.Open(path);
        var hrefs = await open.Page.EvalOnSelectorAllAsync<string[]>(".downloads a", "links => links.map(a => a.href)");
        // Standard and large print, and one bilingual PDF for each pair of the site's configuration the language is in.
        var language = path.Split('/')[0];
        var diagnostics = new Leaflet.Diagnostics.DiagnosticBag();
        var pairs = Leaflet.Content.SiteConfigurationReader.Read(Leaflet.Tests.Support.Repository.Content, null, diagnostics)!.Bilingual;
        Assert.Equal(2 + pairs.Count(p => p.First == language || p.Second == language), hrefs.Length);
        foreach (var href in hrefs)
        {
            var response = await open.Page.APIRequest.GetAsync(href);
            Assert.Equal(200, response.Status);
            Assert.Equal("application/pdf", response.Headers["content-type"]);
            Assert.Equal("%PDF-", Encoding.ASCII.GetString((await response.BodyAsync())[..5]));
        }
    }
}
