using System.Net;
using AngleSharp.Html.Parser;

namespace Leaflet.Tests.Hosting;

/// <summary>
/// The nginx configuration of docs/hosting.md, run by Debian's nginx over a site the pipeline built, does
/// what a host of the site must: folders, the slash redirect, the 404 page, media types, caching, and
/// addresses in another script.
/// </summary>
public sealed class NginxTests(NginxSiteFixture fixture) : IClassFixture<NginxSiteFixture>
{
    private const string Page = $"ru/{NginxSiteFixture.Leaflet}/";
    private const string Pdf = $"en/{NginxSiteFixture.Leaflet}/{NginxSiteFixture.Leaflet}-en.pdf";

    private async Task<HttpResponseMessage> Get(string path, Action<HttpRequestMessage>? change = null)
    {
        NginxSiteFixture.Require();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        change?.Invoke(request);
        return await fixture.Client.SendAsync(request);
    }

    private static string ContentType(HttpResponseMessage response) => response.Content.Headers.ContentType?.ToString() ?? "";

    [SkippableFact]
    public async Task A_folder_is_answered_with_its_index_html()
    {
        using var response = await Get("en/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fixture.Site.Bytes("en/index.html"), await response.Content.ReadAsByteArrayAsync());
    }

    [SkippableFact]
    public async Task A_folder_named_without_its_slash_is_redirected_to_it()
    {
        using var response = await Get($"en/{NginxSiteFixture.Leaflet}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/en/{NginxSiteFixture.Leaflet}/", response.Headers.Location?.OriginalString);
    }

    [SkippableTheory]
    [InlineData("en/no-such-leaflet/")]
    [InlineData("en/no-such-leaflet.pdf")]
    [InlineData(".leaflet-output")]
    public async Task A_missing_file_is_answered_with_the_404_page_and_status_404(string path)
    {
        using var response = await Get(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", ContentType(response));
        Assert.Equal(fixture.Site.Bytes("404.html"), await response.Content.ReadAsByteArrayAsync());
    }

    [SkippableTheory]
    [InlineData("", "text/html; charset=utf-8")]
    [InlineData(Page, "text/html; charset=utf-8")]
    [InlineData(Pdf, "application/pdf")]
    [InlineData("assets/site.css", "text/css; charset=utf-8")]
    [InlineData("sitemap.xml", "text/xml; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    public async Task Each_kind_of_file_is_sent_with_its_media_type(string path, string expected)
    {
        using var response = await Get(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, ContentType(response));
    }

    [SkippableFact]
    public async Task A_pdf_may_be_kept_by_a_cache_while_a_page_must_be_asked_about_each_time()
    {
        using var pdf = await Get(Pdf);
        var kept = pdf.Headers.CacheControl;
        Assert.True(kept is { Public: true, NoCache: false, NoStore: false } && kept.MaxAge >= TimeSpan.FromHours(1), $"PDF: Cache-Control {kept}");

        using var page = await Get(Page);
        var asked = page.Headers.CacheControl;
        Assert.True(asked is { NoCache: true } && asked.MaxAge is null, $"page: Cache-Control {asked}");
        Assert.True(page.Headers.ETag is not null, "a page must carry an ETag for a cache to ask with");
        Assert.Equal(fixture.Site.Bytes(Page + "index.html"), await page.Content.ReadAsByteArrayAsync());

        using var unchanged = await Get(Page, r => r.Headers.IfNoneMatch.Add(page.Headers.ETag!));
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
    }

    [SkippableFact]
    public async Task A_picture_named_in_cyrillic_is_found_at_the_percent_encoded_address_its_page_gives()
    {
        using var page = await Get(Page);
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var source = document.QuerySelectorAll("img").Select(i => i.GetAttribute("src") ?? "")
            .Single(s => s.Contains(Uri.EscapeDataString(NginxSiteFixture.CyrillicPicture), StringComparison.Ordinal));
        var address = new Uri(new Uri(fixture.Client.BaseAddress!, Page), source);
        Assert.Contains("%D1%81%D1%85%D0%B5%D0%BC%D0%B0.png", address.AbsoluteUri, StringComparison.Ordinal);

        using var picture = await Get(address.AbsoluteUri);
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/png", ContentType(picture));
        Assert.Equal(fixture.Picture, await picture.Content.ReadAsByteArrayAsync());
    }

    [SkippableFact]
    public async Task A_page_addressed_with_a_cyrillic_fragment_holds_the_heading_it_names()
    {
        var id = fixture.Site.Page(Page + "index.html").QuerySelectorAll("h2[id]").Select(h => h.Id!)
            .First(i => i.Any(c => c > '\u007f'));
        using var response = await Get(Page + "#" + Uri.EscapeDataString(id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.NotNull(served.GetElementById(id));
    }
}
