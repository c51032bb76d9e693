using Leaflet.Cli;
using Leaflet.Tests.Serve;
using Leaflet.Tests.Support;
using Leaflet.Tests.Validation;
using UglyToad.PdfPig;

namespace Leaflet.Tests.Site;

/// <summary>
/// A draft translation (Fixtures/Sites/review: the Russian first-aid leaflet has <c>draft: true</c>)
/// is left out of a build everywhere a reader or a search engine could reach it, and built with
/// <c>--drafts</c> it is marked "not for patients" on its page and on every page of its PDFs.
/// </summary>
public sealed class DraftTests
{
    private const string Draft = "ru/first-aid-for-burns/";
    private const string Banner = "Черновик — не для пациентов";

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void Without_drafts_no_page_pdf_link_alternate_or_sitemap_entry_leads_to_the_draft()
    {
        using var workspace = SiteWorkspace.FromFixture("review");

        var site = workspace.Build().AssertPublished();

        Assert.DoesNotContain(site.Files, f => f.StartsWith(Draft, StringComparison.Ordinal));
        Assert.Equal(1, site.Result.Drafts);
        foreach (var page in site.HtmlPages)
        {
            var document = site.Page(page);
            var leads = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Where(h => h.Contains("ru/first-aid-for-burns", StringComparison.Ordinal) || (page.StartsWith("ru/", StringComparison.Ordinal) && h.Contains("first-aid-for-burns", StringComparison.Ordinal)));
            Assert.True(!leads.Any(), $"{page} leads to the draft: {string.Join(", ", leads)}");
        }
        var english = site.Page("en/first-aid-for-burns/index.html");
        Assert.Empty(english.QuerySelectorAll("link[rel=alternate][hreflang=ru], .language-switcher a[hreflang=ru]"));
        Assert.Null(english.QuerySelector(".draft-banner"));
        Assert.DoesNotContain("ru/first-aid-for-burns", site.Text("sitemap.xml"));
        Assert.Contains("en/first-aid-for-burns", site.Text("sitemap.xml"));
    }

    [Fact]
    public void The_summary_says_how_many_drafts_were_left_out()
    {
        using var workspace = SiteWorkspace.FromFixture("review");
        var (output, error) = (new StringWriter(), new StringWriter());
        string[] args = ["--content", workspace.ContentRoot, "--templates", workspace.TemplatesRoot, "--output", workspace.OutputRoot, "--no-pdf"];

        var exit = BuildCommand.Run(args, output, error, CancellationToken.None);

        Assert.True(exit == 0, error.ToString());
        Assert.Contains(", 1 draft left out,", output.ToString());
    }

    [Fact]
    public void With_drafts_the_draft_is_linked_and_shows_the_banner_in_its_language()
    {
        using var workspace = SiteWorkspace.FromFixture("review");

        var site = workspace.Build(drafts: true).AssertPublished();

        var page = site.Page(Draft + "index.html");
        var banner = page.QuerySelector("main .draft-banner");
        Assert.NotNull(banner);
        Assert.Equal(Banner, banner.TextContent.Trim());
        Assert.NotNull(site.Page("en/first-aid-for-burns/index.html").QuerySelector("link[rel=alternate][hreflang=ru]"));
        Assert.NotNull(site.Page("ru/index.html").QuerySelector("a[href='first-aid-for-burns/']"));
        Assert.Null(site.Page("en/first-aid-for-burns/index.html").QuerySelector(".draft-banner"));
        Assert.Contains("ru/first-aid-for-burns", site.Text("sitemap.xml"));
    }

    [Fact]
    public void With_drafts_every_page_of_both_pdfs_of_the_draft_carries_the_banner_and_no_other_pdf_does()
    {
        using var workspace = SiteWorkspace.FromFixture("review");

        var site = workspace.Build(drafts: true).AssertPublished();

        var pdfs = site.Files.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        var drafts = pdfs.Where(f => f.StartsWith(Draft, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, drafts.Count);
        foreach (var pdf in pdfs)
        {
            using var document = PdfDocument.Open(site.PathOf(pdf));
            if (drafts.Contains(pdf)) Assert.True(document.NumberOfPages >= 2, $"{pdf} has one page; the test needs several");
            foreach (var pdfPage in document.GetPages())
                Assert.True(Squeezed(pdfPage.Text).Contains(Squeezed(Banner)) == drafts.Contains(pdf),
                    $"{pdf} page {pdfPage.Number}: {(drafts.Contains(pdf) ? "no banner" : "a banner on a published leaflet")}");
        }
    }

    [Fact]
    public void A_published_article_linking_to_a_draft_is_an_error_naming_both_files_unless_drafts_are_built()
    {
        using var workspace = SiteWorkspace.FromFixture("review");
        workspace.Change("en/first-aid-for-burns.md", "next_review: 2099-11-24\n", "next_review: 2099-11-24\ndraft: true\n");
        workspace.Change("en/first-aid-for-burns.md", "status: open", "status: closed\n    closed_by: A\n    closed_on: 2026-12-02\n    decision: Kept.");

        var without = workspace.BuildSafely();
        var (line, column) = TextPosition.Of(workspace.ReadContent("en/sun-safety.md"), "[cooling the burn]");
        var printed = Printed.Single(without.Result.Diagnostics, "LF1026", "error", "en/sun-safety.md", line, column);
        Assert.Contains("en/sun-safety.md", printed.Message);
        Assert.Contains("en/first-aid-for-burns.md", printed.Message);
        Assert.False(without.Result.Published);

        var with = workspace.Build(noPdf: true, drafts: true);
        Assert.True(with.Result.Published, with.Printed);
        Assert.DoesNotContain(with.Result.Diagnostics, d => d.Code == "LF1026");
    }

    [Fact]
    public void Serve_shows_the_draft_with_its_banner_until_the_mark_is_removed()
    {
        using var live = new LiveSite(SiteWorkspace.FromFixture("review"));
        Assert.True(live.First.Published, string.Join("\n", live.First.Diagnostics));
        Assert.Contains(Banner, live.Text(Draft + "index.html"));
        Assert.Contains("ru/first-aid-for-burns", live.Text("sitemap.xml"));

        live.Workspace.Change("ru/first-aid-for-burns.md", "draft: true\n", "");
        var report = live.Changed("content/ru/first-aid-for-burns.md");

        Assert.DoesNotContain(Banner, live.Text(Draft + "index.html"));
        live.AssertSameAsFromScratch(report);
    }

    [Fact]
    public void Status_marks_the_draft_in_the_table_and_in_json()
    {
        using var workspace = SiteWorkspace.FromFixture("review");
        string[] args = ["--content", workspace.ContentRoot];
        var (table, json) = (new StringWriter(), new StringWriter());

        Assert.Equal(0, StatusCommand.Run(args, table, new StringWriter()));
        Assert.Equal(0, StatusCommand.Run([.. args, "--json"], json, new StringWriter()));

        var rows = table.ToString().Split('\n').Where(l => l.StartsWith("first-aid-for-burns ", StringComparison.Ordinal)).ToList();
        Assert.Contains(rows, r => r.Contains(" ru ", StringComparison.Ordinal) && r.Contains("[draft]", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(" en ", StringComparison.Ordinal) && !r.Contains("[draft]", StringComparison.Ordinal));
        using var document = System.Text.Json.JsonDocument.Parse(json.ToString());
        var drafts = document.RootElement.EnumerateArray().Where(r => r.GetProperty("draft").GetBoolean())
            .Select(r => $"{r.GetProperty("leaflet").GetString()}/{r.GetProperty("language").GetString()}");
        Assert.Equal(["first-aid-for-burns/ru"], drafts);
    }
}
