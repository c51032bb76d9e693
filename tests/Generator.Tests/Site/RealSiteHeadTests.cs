using AngleSharp.Dom;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Site;

/// <summary>The head of every page of the real site: what browsers, screen readers and search engines read first.</summary>
public sealed class RealSiteHeadTests(RealSiteFixture fixture) : IClassFixture<RealSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    private ContentInfo Content => fixture.Content;

    [Fact]
    public void The_real_content_builds_without_errors_and_publishes_every_page()
    {
        Site.AssertPublished();
        var missing = fixture.ExpectedPages.Where(p => !Site.Exists(p)).ToList();
        Assert.True(missing.Count == 0, $"pages missing from the build: {string.Join(", ", missing)}");
        Assert.Equal(fixture.ExpectedPages.Order(StringComparer.Ordinal), Site.HtmlPages);
    }

    [Theory]
    [MemberData(nameof(RealPages.All), MemberType = typeof(RealPages))]
    public void Every_page_starts_with_the_html5_doctype(string page)
    {
        Assert.StartsWith("<!DOCTYPE html>", Site.Text(page), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("html", Site.Page(page).Doctype?.Name);
    }

    [Theory]
    [MemberData(nameof(RealPages.All), MemberType = typeof(RealPages))]
    public void Every_page_names_its_language_and_direction_on_the_html_element(string page)
    {
        var language = Content.Language(PageKind.Of(page).LanguageOr(Content.DefaultLanguage));
        var html = Site.Page(page).DocumentElement;
        Assert.Equal(language.Code, html.GetAttribute("lang"));
        Assert.Equal(language.Direction, html.GetAttribute("dir"));
    }

    [Theory]
    [MemberData(nameof(RealPages.All), MemberType = typeof(RealPages))]
    public void Every_page_declares_utf8_first_and_a_mobile_viewport(string page)
    {
        var head = Site.Page(page).Head!;
        var charset = head.QuerySelector("meta[charset]");
        Assert.NotNull(charset);
        Assert.Equal("utf-8", charset.GetAttribute("charset"), ignoreCase: true);
        Assert.Same(charset, head.Children.First());
        // The HTML standard wants the encoding declared within the first 1024 bytes.
        var bytes = Site.Bytes(page);
        var firstKb = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(1024, bytes.Length));
        Assert.Contains("<meta charset=\"utf-8\">", firstKb, StringComparison.OrdinalIgnoreCase);

        var viewport = head.QuerySelector("meta[name=viewport]")?.GetAttribute("content");
        Assert.NotNull(viewport);
        Assert.Contains("width=device-width", viewport);
    }

    [Theory]
    [MemberData(nameof(RealPages.All), MemberType = typeof(RealPages))]
    public void Every_page_has_a_title_a_description_and_open_graph_copies_of_them(string page)
    {
        var document = Site.Page(page);
        var title = document.Title;
        var description = Meta(document, "meta[name=description]");
        Assert.False(string.IsNullOrWhiteSpace(title), "the <title> is empty");
        Assert.False(string.IsNullOrWhiteSpace(description), "the meta description is empty");
        Assert.Single(document.QuerySelectorAll("head title"));
        Assert.Equal(title, Meta(document, "meta[property='og:title']"));
        Assert.Equal(description, Meta(document, "meta[property='og:description']"));
        Assert.Equal(Canonical(document), Meta(document, "meta[property='og:url']"));
    }

    [Theory]
    [MemberData(nameof(RealPages.Leaflets), MemberType = typeof(RealPages))]
    public void A_leaflet_page_is_titled_and_described_by_its_front_matter(string page)
    {
        var document = Site.Page(page);
        var h1 = document.QuerySelector("main h1")!.TextContent.Trim();
        Assert.StartsWith(h1, document.Title);
        Assert.Single(document.QuerySelectorAll("h1"));
        var description = Meta(document, "meta[name=description]")!;
        Assert.True(description.Length >= 50, $"the description '{description}' is too short for a search result");
    }

    [Theory]
    [MemberData(nameof(RealPages.All), MemberType = typeof(RealPages))]
    public void Every_canonical_url_is_absolute_under_the_base_url_and_names_the_page_itself(string page)
    {
        var canonical = Canonical(Site.Page(page));
        Assert.NotNull(canonical);
        Assert.True(Uri.TryCreate(canonical, UriKind.Absolute, out var url), $"'{canonical}' is not absolute");
        Assert.Equal(new Uri(Content.BaseUrl, SiteLinks.UrlPathOf(page)), url);
        Assert.Equal(page, SiteLinks.FileOf(url, Content.BaseUrl));
    }

    [Theory]
    [MemberData(nameof(RealPages.Translated), MemberType = typeof(RealPages))]
    public void Every_translated_page_lists_an_alternate_for_each_language_it_exists_in_plus_x_default(string page)
    {
        var kind = PageKind.Of(page);
        var expected = (kind.Kind == Kind.Leaflet ? Content.LanguagesOf(kind.Slug!) : Content.Languages.Select(l => l.Code))
            .Append("x-default").Order(StringComparer.Ordinal).ToList();
        var alternates = Alternates(Site.Page(page));
        Assert.Equal(expected, alternates.Keys.Order(StringComparer.Ordinal));
        foreach (var (hreflang, href) in alternates)
        {
            Assert.True(Uri.TryCreate(href, UriKind.Absolute, out var url), $"alternate {hreflang} '{href}' is not absolute");
            var file = SiteLinks.FileOf(url, Content.BaseUrl);
            Assert.True(file is not null && Site.Exists(file), $"alternate {hreflang} '{href}' names no page of this build");
            if (hreflang != "x-default")
                Assert.Equal(hreflang, Site.Page(file!).DocumentElement.GetAttribute("lang"));
        }
    }

    [Theory]
    [MemberData(nameof(RealPages.Translated), MemberType = typeof(RealPages))]
    public void Alternates_are_reciprocal_each_page_lists_itself_and_every_page_it_lists_lists_the_same_set(string page)
    {
        var document = Site.Page(page);
        var alternates = Alternates(document);
        var canonical = Canonical(document)!;
        var self = PageKind.Of(page).Kind == Kind.Chooser ? "x-default" : document.DocumentElement.GetAttribute("lang")!;
        Assert.True(alternates.TryGetValue(self, out var own) && own == canonical,
            $"{page} does not list itself ({canonical}) as its own alternate '{self}'");

        foreach (var (hreflang, href) in alternates)
        {
            var other = SiteLinks.FileOf(new Uri(href), Content.BaseUrl)!;
            var theirs = Alternates(Site.Page(other));
            Assert.True(alternates.OrderBy(a => a.Key).SequenceEqual(theirs.OrderBy(a => a.Key)),
                $"{page} lists {hreflang} = {other}, but {other} lists a different set:\n" +
                $"  {page}: {string.Join(", ", alternates.OrderBy(a => a.Key))}\n  {other}: {string.Join(", ", theirs.OrderBy(a => a.Key))}");
        }
    }

    [Fact]
    public void The_x_default_of_a_leaflet_is_its_default_language_version_and_of_an_index_the_chooser()
    {
        foreach (var slug in Content.AllSlugs)
        {
            var language = Content.LanguagesOf(slug).First();
            var alternates = Alternates(Site.Page($"{language}/{slug}/index.html"));
            var expected = Content.LanguagesOf(slug).Contains(Content.DefaultLanguage) ? Content.DefaultLanguage : language;
            Assert.Equal(new Uri(Content.BaseUrl, $"{expected}/{slug}/").AbsoluteUri, alternates["x-default"]);
        }
        foreach (var language in Content.Languages)
            Assert.Equal(Content.BaseUrl.AbsoluteUri, Alternates(Site.Page($"{language.Code}/index.html"))["x-default"]);
    }

    [Fact]
    public void The_not_found_page_is_not_offered_as_a_translation_of_anything()
    {
        // 404.html stands for no address of its own and exists once: alternates would invite search engines to index it.
        Assert.Empty(Site.Page("404.html").QuerySelectorAll("link[rel=alternate][hreflang]"));
        foreach (var page in Site.HtmlPages)
            Assert.DoesNotContain(Alternates(Site.Page(page)).Values, href => href.EndsWith("404.html", StringComparison.Ordinal));
    }

    internal static string? Meta(IDocument document, string selector) => document.QuerySelector(selector)?.GetAttribute("content");

    internal static string? Canonical(IDocument document) =>
        document.QuerySelectorAll("link[rel=canonical]").SingleOrDefault()?.GetAttribute("href");

    /// <summary>hreflang → href of the page's alternates; a language listed twice fails the test.</summary>
    internal static Dictionary<string, string> Alternates(IDocument document)
    {
        var links = document.QuerySelectorAll("head link[rel=alternate][hreflang]").ToList();
        var alternates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in links)
            Assert.True(alternates.TryAdd(link.GetAttribute("hreflang")!, link.GetAttribute("href")!),
                $"hreflang '{link.GetAttribute("hreflang")}' is listed twice");
        return alternates;
    }
}
