using Leaflet.Tests.Support;

namespace Leaflet.Tests.Content;

/// <summary>
/// Pictures: content/images/ serves every language, content/&lt;lang&gt;/images/ overrides it for one
/// language, and only the pictures a leaflet shows are published.
/// </summary>
public sealed class PictureTests
{
    private static readonly byte[] SharedA = Png.Pixel(255, 0, 0);
    private static readonly byte[] RussianA = Png.Pixel(0, 0, 255);
    private static readonly byte[] SharedB = Png.Pixel(0, 128, 0);
    private static readonly byte[] Unused = Png.Pixel(128, 128, 128);
    private static readonly byte[] UnusedRussian = Png.Pixel(200, 100, 0);

    private static SiteWorkspace WithPictures()
    {
        var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContentBytes("images/a.png", SharedA);
        workspace.WriteContentBytes("ru/images/a.png", RussianA);
        workspace.WriteContentBytes("images/b.png", SharedB);
        workspace.WriteContentBytes("images/unused.png", Unused);
        workspace.WriteContentBytes("ru/images/unused-ru.png", UnusedRussian);
        foreach (var (file, alt) in new[] { ("en/first-aid-for-burns.md", "A red square"), ("ru/first-aid-for-burns.md", "Синий квадрат") })
        {
            var text = workspace.ReadContent(file);
            workspace.WriteContent(file, text + $"\n![{alt}](images/a.png)\n\n![{alt}](../images/b.png)\n");
        }
        return workspace;
    }

    [Fact]
    public void The_test_pictures_are_valid_png_files()
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], SharedA[..4]);
        Assert.NotEqual(SharedA, RussianA);
    }

    [Fact]
    public void Each_page_shows_its_own_languages_picture_where_there_is_one_and_the_shared_one_otherwise()
    {
        using var workspace = WithPictures();
        var site = workspace.Build().AssertPublished();

        Assert.Equal([SharedA, SharedB], Pictures(site, "en/first-aid-for-burns/index.html"));
        Assert.Equal([RussianA, SharedB], Pictures(site, "ru/first-aid-for-burns/index.html"));
        SiteChecks.AssertNoBrokenLinks(site);
    }

    [Fact]
    public void Only_the_pictures_a_page_shows_are_published_and_a_shared_one_only_once()
    {
        using var workspace = WithPictures();
        var site = workspace.Build().AssertPublished();

        var published = site.Files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)).ToList();
        var bytes = published.Select(site.Bytes).ToList();
        Assert.DoesNotContain(bytes, b => b.SequenceEqual(Unused));
        Assert.DoesNotContain(bytes, b => b.SequenceEqual(UnusedRussian));
        Assert.DoesNotContain(published, f => f.Contains("unused", StringComparison.Ordinal));
        Assert.Single(bytes, b => b.SequenceEqual(SharedB));
        Assert.Single(bytes, b => b.SequenceEqual(SharedA));
        Assert.Single(bytes, b => b.SequenceEqual(RussianA));
        Assert.Equal(3, published.Count);
    }

    [Fact]
    public void A_picture_keeps_its_alternative_text()
    {
        using var workspace = WithPictures();
        var site = workspace.Build().AssertPublished();
        Assert.All(site.Page("ru/first-aid-for-burns/index.html").QuerySelectorAll(".leaflet-body img"),
            img => Assert.Equal("Синий квадрат", img.GetAttribute("alt")));
    }

    [Fact]
    public void A_missing_picture_is_an_error_at_its_line_and_nothing_is_published()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = Leaflets.Text("Some text.\n\n![Nothing here](images/missing.png)\n");
        workspace.WriteContent("en/with-picture.md", text);

        var site = workspace.Build();

        Assert.False(site.Result.Published);
        var (line, column) = TextPosition.Of(text, "![Nothing");
        var printed = Printed.Single(site.Result.Diagnostics, "LF1012", "error", "content/en/with-picture.md", line, column);
        Assert.Contains("images/missing.png", printed.Message);
        Assert.False(Directory.Exists(workspace.OutputRoot));
    }

    /// <summary>The bytes of each picture a page shows, found by resolving its src as a browser would.</summary>
    private static List<byte[]> Pictures(BuiltSite site, string page) =>
        site.Page(page).QuerySelectorAll(".leaflet-body img").Select(img =>
        {
            var target = SiteLinks.Resolve(page, img.GetAttribute("src")!);
            Assert.True(target is not null && site.Exists(target.File), $"{page}: picture '{img.GetAttribute("src")}' was not published");
            return site.Bytes(target.File);
        }).ToList();
}
