using Leaflet.Tests.Support;

namespace Leaflet.Tests.Html;

/// <summary>What a leaflet's author may write that the page around it must survive: headings named like the page's own parts, entities, odd file names.</summary>
public sealed class PageIdsAndNamesTests
{
    [Fact]
    public void A_heading_named_like_a_landmark_of_the_page_does_not_take_its_id()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("en/landmarks.md", Leaflets.Text("Intro.\n\n## Main\n\nText.\n\n## Contents heading\n\nMore text.\n"));

        var site = workspace.Build(noPdf: true).AssertPublished();

        var page = site.Page("en/landmarks/index.html");
        var repeated = page.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"ids used twice: {string.Join(", ", repeated)}");
        // The skip link still lands on <main>, and each contents entry on its heading.
        Assert.Equal("main", page.GetElementById(page.QuerySelector(".skip-link")!.GetAttribute("href")![1..])?.LocalName);
        foreach (var entry in page.QuerySelectorAll("nav.contents a"))
            Assert.Equal("h2", page.GetElementById(Uri.UnescapeDataString(entry.GetAttribute("href")![1..]))?.LocalName);
    }

    [Fact]
    public void A_heading_with_an_entity_or_code_reads_the_same_in_the_contents_as_in_the_body()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("en/entities.md", Leaflets.Text("Intro.\n\n## Salt &amp; pepper\n\nText.\n\n## Use `zinc` cream\n\nText.\n\n## Ages 2&ndash;5\n\nText.\n"));

        var site = workspace.Build(noPdf: true).AssertPublished();

        var page = site.Page("en/entities/index.html");
        var headings = page.QuerySelectorAll(".leaflet-body h2").Select(h => h.TextContent).ToList();
        var entries = page.QuerySelectorAll("nav.contents a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Salt & pepper", "Use zinc cream", "Ages 2–5"], headings);
        Assert.Equal(headings, entries);
    }

    [Theory]
    [InlineData("a picture.png")]
    [InlineData("сыпь.png")]
    public void A_picture_whose_name_needs_escaping_in_a_url_is_found_where_its_src_points(string name)
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var bytes = Png.Pixel(10, 20, 30);
        workspace.WriteContentBytes("images/" + name, bytes);
        workspace.WriteContent("en/picture.md", Leaflets.Text($"Intro.\n\n![A picture](<images/{name}>)\n"));

        var site = workspace.Build(noPdf: true).AssertPublished();

        var src = site.Page("en/picture/index.html").QuerySelector(".leaflet-body img")?.GetAttribute("src");
        Assert.NotNull(src);
        // A server decodes the URL path before it looks for the file.
        var target = SiteLinks.Resolve("en/picture/index.html", src);
        Assert.True(target is not null && site.Exists(target.File),
            $"src '{src}' asks for '{target?.File}', but the build wrote: {string.Join(", ", site.Files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))}");
        Assert.Equal(bytes, site.Bytes(target!.File));
    }
}
