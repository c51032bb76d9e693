using Leaflet.Tests.Support;

namespace Leaflet.Tests.Html;

/// <summary>A fixture whose title, description, heading, site name and publisher hold markup and ampersands, built once.</summary>
public sealed class EscapingFixture : IDisposable
{
    public const string Title = "<script>alert(1)</script> & Co";
    public const string Description = "Tom & Jerry <b>bold</b> \"quoted\" 'single' description text.";
    public const string Heading = "Salt & pepper <3";
    public const string Publisher = "Smith & Sons <Clinic>";
    public const string SiteTitle = "Leaflets <em>& more</em>";

    public EscapingFixture()
    {
        Workspace = SiteWorkspace.FromFixture("basic");
        Workspace.WriteContent("en/first-aid-for-burns.md", Workspace.ReadContent("en/first-aid-for-burns.md")
            .Replace("title: First aid for burns", "title: " + Leaflets.Quote(Title))
            .Replace("subtitle: What to do in the first minutes", "subtitle: " + Leaflets.Quote(Title))
            .Replace("description: How to cool a burn, when to see a doctor, and what not to put on the skin.", "description: " + Leaflets.Quote(Description))
            .Replace("## When to see a doctor", "## " + Heading));
        Workspace.WriteContent("_site.yaml", Workspace.ReadContent("_site.yaml").Replace("publisher: Fixture Clinic", "publisher: " + Leaflets.Quote(Publisher)));
        Workspace.WriteContent("en/_language.yaml", Workspace.ReadContent("en/_language.yaml").Replace("site_title: Fixture leaflets", "site_title: " + Leaflets.Quote(SiteTitle)));
        Site = Workspace.Build();
    }

    public SiteWorkspace Workspace { get; }

    public BuiltSite Site { get; }

    public void Dispose() => Workspace.Dispose();
}

/// <summary>Scriban does not escape by default: every string from content must still read back as text, never as markup.</summary>
public sealed class EscapingTests(EscapingFixture fixture) : IClassFixture<EscapingFixture>
{
    private const string Page = "en/first-aid-for-burns/index.html";

    private BuiltSite Site => fixture.Site;

    [Fact]
    public void No_page_gains_a_script_or_an_element_from_the_content()
    {
        Site.AssertPublished();
        foreach (var page in Site.HtmlPages)
        {
            var document = Site.Page(page);
            Assert.Empty(document.QuerySelectorAll("script"));
            Assert.Empty(document.QuerySelectorAll("b, em, clinic"));
            Assert.DoesNotContain("<script>", Site.Text(page), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_title_reads_back_intact_wherever_it_is_shown()
    {
        var document = Site.Page(Page);
        Assert.Equal(EscapingFixture.Title, document.QuerySelector("article h1")!.TextContent);
        Assert.Equal(EscapingFixture.Title, document.QuerySelector("article .subtitle")!.TextContent);
        Assert.StartsWith(EscapingFixture.Title, document.Title);
        Assert.StartsWith(EscapingFixture.Title, document.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Contains(EscapingFixture.Title, Site.Page("en/index.html").QuerySelector(".leaflet-list a")!.TextContent);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", Site.Text(Page));
    }

    [Fact]
    public void The_description_reads_back_intact_in_its_attributes_and_in_the_index()
    {
        var document = Site.Page(Page);
        Assert.Equal(EscapingFixture.Description, document.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(EscapingFixture.Description, document.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Equal(EscapingFixture.Description, Site.Page("en/index.html").QuerySelector(".leaflet-list p")!.TextContent);
    }

    [Fact]
    public void A_heading_with_an_ampersand_and_a_less_than_sign_reads_back_in_the_body_and_the_contents()
    {
        var document = Site.Page(Page);
        Assert.Contains(document.QuerySelectorAll(".leaflet-body h2"), h => h.TextContent == EscapingFixture.Heading);
        Assert.Contains(document.QuerySelectorAll("nav.contents a"), a => a.TextContent == EscapingFixture.Heading);
    }

    [Fact]
    public void The_site_name_and_publisher_from_the_configuration_read_back_as_text()
    {
        var document = Site.Page(Page);
        Assert.Equal(EscapingFixture.Publisher, document.QuerySelector("footer .publisher-name")!.TextContent);
        Assert.Equal(EscapingFixture.SiteTitle, document.QuerySelector(".site-name")!.TextContent);
        Assert.EndsWith(EscapingFixture.SiteTitle, document.Title);
    }

    [Fact]
    public void The_sitemap_stays_well_formed_xml()
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(Site.Text("sitemap.xml"));
        Assert.NotEmpty(sitemap.Root!.Elements());
    }
}
