using System.Xml.Linq;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Links;
using Leaflet.Tests.Site;
using Leaflet.Tests.Support;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Leaflet.Tests.Pdf;

/// <summary>Every PDF the real build publishes, checked as a file a patient or an archive receives.</summary>
public class BuiltPdfTests(RealSiteFixture fixture, ITestOutputHelper output) : IClassFixture<RealSiteFixture>
{
    private IReadOnlyList<string> Pdfs =>
        Directory.EnumerateFiles(fixture.Site.OutputRoot, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Every_leaflet_has_a_standard_and_a_large_print_pdf_in_every_language_and_one_for_each_bilingual_pair()
    {
        var pairs = SiteConfigurationReader.Read(Repository.Content, null, new DiagnosticBag())!.Bilingual;
        Assert.NotEmpty(pairs);
        var expected = fixture.Content.Languages.SelectMany(l => fixture.Content.Slugs[l.Code].SelectMany(s => new[]
        {
            $"{l.Code}/{s}/{s}-{l.Code}.pdf", $"{l.Code}/{s}/{s}-{l.Code}-large-print.pdf",
        })).Concat(pairs.SelectMany(p => fixture.Content.Slugs[p.First].Intersect(fixture.Content.Slugs[p.Second])
            .Select(s => $"{p.First}/{s}/{s}-{p.First}-{p.Second}.pdf")));
        var found = Pdfs.Select(p => Path.GetRelativePath(fixture.Site.OutputRoot, p).Replace('\\', '/'));
        Assert.Equal(expected.Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public void Qpdf_finds_no_errors_and_no_warnings()
    {
        if (!ExternalTool.Available("qpdf", out var reason))
        {
            output.WriteLine(reason);
            return;
        }
        foreach (var pdf in Pdfs)
        {
            var (exit, stdout, stderr) = ExternalTool.Run("qpdf", "--check", pdf);
            Assert.True(exit == 0, $"{pdf}: qpdf exited {exit}\n{stdout}\n{stderr}");
            Assert.DoesNotContain("WARNING", stdout + stderr);
        }
    }

    [Fact]
    public void Each_pdf_names_its_title_and_language_and_its_xmp_agrees_with_the_info_dictionary()
    {
        foreach (var pdf in Pdfs)
        {
            var language = Path.GetRelativePath(fixture.Site.OutputRoot, pdf).Split(Path.DirectorySeparatorChar)[0];
            var culture = fixture.Content.Languages.Single(l => l.Code == language).Culture;
            using var document = PdfDocument.Open(pdf);
            var title = document.Information.Title;
            Assert.False(string.IsNullOrWhiteSpace(title), pdf);
            Assert.Equal(culture, document.Structure.Catalog.CatalogDictionary.Data["Lang"].ToString()!.Trim('(', ')'));

            Assert.True(document.TryGetXmpMetadata(out var xmp), pdf);
            var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray()));
            XNamespace dc = "http://purl.org/dc/elements/1.1/";
            Assert.Contains(xml.Descendants(dc + "title").Descendants(), e => e.Value == title);
            Assert.Contains(xml.Descendants(dc + "language").Descendants(), e => e.Value == culture);
            XNamespace pdfNs = "http://ns.adobe.com/pdf/1.3/";
            Assert.False(string.IsNullOrWhiteSpace(document.Information.Keywords), $"{pdf} has no keywords");
            Assert.Equal(document.Information.Keywords, xml.Descendants(pdfNs + "Keywords").Single().Value);
        }
    }

    [Fact]
    public void A_pdf_link_to_a_page_that_does_not_exist_is_an_error_at_the_pdf_and_page()
    {
        var pdf = Path.GetRelativePath(fixture.Site.OutputRoot, Pdfs[0]).Replace('\\', '/');
        var checker = new LinkChecker(new LinkCheckOptions { BaseUrl = new Uri("https://leaflets.example.org/") });
        var report = checker.Check(fixture.Site.OutputRoot,
        [
            new ExternalLinkSource(pdf, 3, 1, "https://leaflets.example.org/no-such-leaflet/"),
            new ExternalLinkSource(pdf, 4, 1, "https://leaflets.example.org/"),
        ]);
        var error = Assert.Single(report.Diagnostics, d => d.Severity == Leaflet.Diagnostics.Severity.Error);
        Assert.StartsWith($"{pdf}(3,1): error LF3002:", error.ToString());
    }

    [Fact]
    public void A_build_whose_pdf_links_to_a_missing_section_fails_and_names_the_pdf()
    {
        using var workspace = SiteWorkspace.FromRealContent();
        var article = "en/red-dots-on-the-body.md";
        workspace.WriteContent(article, workspace.ReadContent(article)
            .Replace("In medicine, a red dot like this", "See [a part](#no-such-part). In medicine, a red dot like this"));
        var site = workspace.Build();

        Assert.False(site.Result.Published);
        Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF3001" && d.File.EndsWith("red-dots-on-the-body-en.pdf", StringComparison.Ordinal));
        // The bilingual PDF carries the same link, and the check reads it too.
        Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF3001" && d.File.EndsWith("red-dots-on-the-body-en-ru.pdf", StringComparison.Ordinal));
        Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF3001" && d.File.EndsWith("red-dots-on-the-body.md", StringComparison.Ordinal));
        Assert.False(Directory.Exists(workspace.OutputRoot));
    }
}
