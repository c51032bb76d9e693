using Leaflet.Pipeline;
using Leaflet.Serve;

namespace Leaflet.Tests.Serve;

/// <summary>How a path is looked up in a snapshot: as a static host serves a folder of files.</summary>
public sealed class SiteFilesTests
{
    private static readonly SiteFiles Site = new(1, new Dictionary<string, byte[]>
    {
        ["index.html"] = [],
        ["en/index.html"] = [],
        ["en/burns/index.html"] = [],
        ["assets/site.css"] = [],
    }, []);

    [Theory]
    [InlineData("", LookupKind.File, "index.html")]
    [InlineData("en/", LookupKind.File, "en/index.html")]
    [InlineData("en/burns/", LookupKind.File, "en/burns/index.html")]
    [InlineData("en/burns", LookupKind.Redirect, "en/burns/")]
    [InlineData("assets/site.css", LookupKind.File, "assets/site.css")]
    [InlineData("assets/", LookupKind.NotFound, "assets/")]
    [InlineData("en/cuts/", LookupKind.NotFound, "en/cuts/")]
    [InlineData("../etc/passwd", LookupKind.NotFound, "../etc/passwd")]
    public void Folders_are_served_by_their_index_and_named_without_a_slash_redirect(string path, LookupKind kind, string found)
    {
        var lookup = Site.Find(path);
        Assert.Equal(kind, lookup.Kind);
        Assert.Equal(found, lookup.Path);
    }

    [Theory]
    [InlineData("a.html", "text/html; charset=utf-8")]
    [InlineData("a.css", "text/css; charset=utf-8")]
    [InlineData("a.pdf", "application/pdf")]
    [InlineData("a.svg", "image/svg+xml")]
    [InlineData("a.png", "image/png")]
    [InlineData("a.JPG", "image/jpeg")]
    [InlineData("a.woff2", "font/woff2")]
    [InlineData("sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("a.unknown", "application/octet-stream")]
    public void Each_kind_of_file_has_its_media_type(string path, string type) => Assert.Equal(type, ContentTypes.Of(path));
}

/// <summary>Serve renders pages itself; the page templates it knows must be the ones the HTML stage requires.</summary>
public sealed class PageSelectionTests
{
    [Fact]
    public void Serve_knows_every_page_template_the_html_stage_uses() =>
        Assert.Equal(Leaflet.Html.HtmlStage.Templates.Order(StringComparer.Ordinal), PageSelection.KnownTemplates.Order(StringComparer.Ordinal));

    [Fact]
    public void A_template_other_than_the_page_templates_renders_every_page() =>
        Assert.True(PageSelection.UsingTemplates(["contents.html"], []).All);
}
