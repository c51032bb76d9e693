using Leaflet.Links;

namespace Leaflet.Tests.Links;

/// <summary>Links handed in from outside HTML, as the PDF stage will hand in its links and QR targets.</summary>
public sealed class OutsideSourceTests
{
    private const string Pdf = "en/rash/leaflet-a4.pdf";

    [Fact]
    public void Outside_links_are_checked_like_page_links_and_reported_at_their_own_place()
    {
        using var site = new TempSite()
            .With("en/rash/index.html", TempSite.Page("<h2 id=\"treatment\">Treatment</h2>"))
            .With(Pdf, "%PDF-1.7");
        ExternalLinkSource[] fromPdf =
        [
            new(Pdf, 1, 1, "https://example.org/leaflets/en/rash/"),
            new(Pdf, 2, 5, "en/rash/#treatment"),
            new(Pdf, 2, 30, "en/rash/#dosage"),
            new(Pdf, 3, 1, "https://example.org/leaflets/en/burns/"),
            new(Pdf, 4, 1, "https://www.who.int/health-topics"),
            new(Pdf, 5, 1, "javascript:print()"),
        ];
        var options = new LinkCheckOptions { BaseUrl = new Uri("https://example.org/leaflets/") };

        var report = new LinkChecker(options).Check(site.Root, fromPdf);

        Assert.Equal(
        [
            $"{Pdf}(2,30): error LF3001: link 'en/rash/#dosage' has no target in en/rash/index.html",
            $"{Pdf}(3,1): error LF3002: link 'https://example.org/leaflets/en/burns/' points to 'en/burns/', which is not in the site",
            $"{Pdf}(5,1): error LF3007: link 'javascript:print()' runs a script instead of leading somewhere",
        ], FixtureSites.Lines(report));
        Assert.Equal(1, report.Pages);
        Assert.Equal(6, report.Links);
    }

    [Fact]
    public void An_outside_link_written_twice_in_one_file_is_reported_once()
    {
        using var site = new TempSite().With("index.html", TempSite.Page("<p>home</p>"));
        ExternalLinkSource[] fromPdf = [new(Pdf, 1, 1, "missing/"), new(Pdf, 9, 1, "missing/"), new("other.pdf", 1, 1, "missing/")];

        var report = new LinkChecker(new LinkCheckOptions()).Check(site.Root, fromPdf);

        Assert.Equal(2, report.Errors);
    }
}
