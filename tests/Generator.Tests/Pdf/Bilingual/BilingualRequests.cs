using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Pdf;
using Leaflet.Pdf.Bilingual;
using Leaflet.Pipeline;
using Leaflet.Routing;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Pdf.Bilingual;

/// <summary>Two translations of a leaflet as the build hands them to the bilingual writer, from a content folder.</summary>
public static class BilingualRequests
{
    public static (LeafletPdfRequest First, LeafletPdfRequest Second) For(string contentRoot, string slug, string first, string second)
    {
        var diagnostics = new DiagnosticBag();
        var pipeline = new SitePipeline(new PipelineOptions { ContentRoot = contentRoot, TemplatesRoot = Repository.Templates });
        var site = pipeline.Load(null, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
        var requests = new PdfRequests(new Routes(site.Configuration), site, contentRoot);
        var fonts = new PdfFonts();
        LeafletPdfRequest Request(string code)
        {
            var language = site.Languages.First(l => l.Code == code);
            var article = site.Leaflets.First(l => l.Slug == slug).In(code) ?? throw new InvalidOperationException($"{slug} has no {code}");
            return requests.For(article, language, PrintSize.Standard) with { Fonts = fonts.For(language, diagnostics) };
        }
        return (Request(first), Request(second));
    }

    public static (byte[] Pdf, LeafletPdfResult Result) Write((LeafletPdfRequest First, LeafletPdfRequest Second) requests)
    {
        using var stream = new MemoryStream();
        var result = new LeafletPdfWriter().WriteBilingual(requests.First, requests.Second, stream);
        return (stream.ToArray(), result);
    }

    /// <summary>
    /// Every heading starts a section: in each section both translations have, the left column's heading and
    /// the right's are drawn on the same page with their tops within 1 pt.
    /// </summary>
    /// <returns>The largest difference, and how many sections stand beside an empty column.</returns>
    public static (double Worst, int Unshared) AssertSectionStartsAlign(LeafletPdfResult result)
    {
        var rows = result.Headings.GroupBy(h => h.Row).ToList();
        Assert.True(rows.Count > 3, $"only {rows.Count} sections were drawn");
        double worst = 0;
        var unshared = 0;
        foreach (var row in rows)
        {
            var (left, right) = (row.FirstOrDefault(h => h.Column == 0), row.FirstOrDefault(h => h.Column == 1));
            if (left is null || right is null)
            {
                unshared++;
                continue;
            }
            Assert.True(left.Page == right.Page, $"'{left.Title}' starts on page {left.Page}, '{right.Title}' on page {right.Page}");
            Assert.True(Math.Abs(left.Top - right.Top) <= 1, $"'{left.Title}' starts at {left.Top:0.##} pt, '{right.Title}' at {right.Top:0.##} pt on page {left.Page}");
            worst = Math.Max(worst, Math.Abs(left.Top - right.Top));
        }
        return (worst, unshared);
    }
}
