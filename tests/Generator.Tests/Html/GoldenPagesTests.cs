using Leaflet.Tests.Support;

namespace Leaflet.Tests.Html;

/// <summary>
/// The templates' output for the basic fixture site, page kind by page kind, against files kept
/// in Fixtures/Golden/basic/. A template change shows here as a readable diff; set
/// LEAFLET_UPDATE_GOLDEN=1 to accept it.
/// </summary>
public sealed class GoldenPagesTests(BasicSiteWithoutPdfFixture fixture) : IClassFixture<BasicSiteWithoutPdfFixture>
{
    private const string Name = "basic";

    /// <summary>The styles are hand-written and copied as they are; the golden files cover what is rendered.</summary>
    /// <summary>Copied assets and the output folder's marker are not rendered from templates.</summary>
    private static bool Rendered(string file) =>
        !file.StartsWith("assets/", StringComparison.Ordinal) && file != Leaflet.Output.OutputMarker.FileName;

    [Theory]
    [InlineData("index.html")]
    [InlineData("en/index.html")]
    [InlineData("ru/index.html")]
    [InlineData("en/first-aid-for-burns/index.html")]
    [InlineData("ru/first-aid-for-burns/index.html")]
    [InlineData("en/sun-safety/index.html")]
    [InlineData("404.html")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    public void A_rendered_file_matches_its_golden_copy(string file)
    {
        fixture.Site.AssertPublished();
        Golden.Match(Name, file, fixture.Site.Text(file));
    }

    [Fact]
    public void The_build_renders_exactly_the_files_kept_as_golden_copies()
    {
        fixture.Site.AssertPublished();
        if (Golden.Updating) return;
        Assert.Equal(Golden.Files(Name), fixture.Site.Files.Where(Rendered));
    }
}
