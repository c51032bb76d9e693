using BenchmarkDotNet.Attributes;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Links.Strict;
using Leaflet.Links;
using Leaflet.Pdf.Model;
using Leaflet.Pdf;
using Leaflet.Routing;

namespace Leaflet.Benchmarks.Micro;

/// <summary>
/// The work a build repeats for every article, on the repository's real leaflet: read and parse it,
/// Markdown to HTML, the page through Scriban, the page's link scan, and one standard PDF.
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    private RealLeaflet _leaflet = null!;
    private ArticleReader _reader = null!;
    private ArticleHtml _articleHtml = null!;
    private PageRenderer _renderer = null!;
    private PageModel _page = null!;
    private Route _route = null!;
    private string _html = "";
    private LeafletPdfWriter _pdfWriter = null!;
    private LeafletPdfRequest _pdfRequest = null!;
    private LeafletPdfRequest _largePrintRequest = null!;
    private readonly MemoryStream _pdf = new();
    private readonly PageScanner _parser = new();

    [GlobalSetup]
    public void Setup()
    {
        _leaflet = new RealLeaflet();
        _reader = new ArticleReader(_leaflet.ContentRoot, _leaflet.Site.Configuration, _leaflet.Templates.ElementIds);
        _articleHtml = new ArticleHtml(_leaflet.Routes, _leaflet.ContentRoot);
        _renderer = new PageRenderer(_leaflet.Templates, new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        _route = _leaflet.Routes.Leaflet(_leaflet.Article);
        _page = new PageModels(_leaflet.Site, _leaflet.Routes).Leaflet(_leaflet.Leaflet, _leaflet.Article, _articleHtml.Render(_leaflet.Article), []);
        _html = _renderer.Render("leaflet.html", _page, new DiagnosticBag())!;
        _pdfWriter = new LeafletPdfWriter();
        var requests = new PdfRequests(_leaflet.Routes, _leaflet.Site, _leaflet.ContentRoot);
        _pdfRequest = requests.For(_leaflet.Article, _leaflet.Language, PrintSize.Standard);
        _largePrintRequest = requests.For(_leaflet.Article, _leaflet.Language, PrintSize.Large);
    }

    /// <summary>The file read, its YAML front matter and Markdown parsed, heading ids and pictures resolved.</summary>
    [Benchmark]
    public Article? ReadArticle() => _reader.Read(_leaflet.Article.LanguageCode, _leaflet.SourcePath, new DiagnosticBag());

    [Benchmark]
    public string MarkdownToHtml() => _articleHtml.Render(_leaflet.Article);

    /// <summary>leaflet.html and the layout around it, with a template context reused as a build's worker does.</summary>
    [Benchmark]
    public string? PageThroughScriban() => _renderer.Render("leaflet.html", _page, new DiagnosticBag());

    /// <summary>The page read by the strict scanner into the checker's summary, as a build reads its own pages.</summary>
    [Benchmark]
    public int ScanPageStrictly() => StrictPageScanner.TryScan(_route.OutputPath, _html)!.Links.Count;

    /// <summary>AngleSharp's parse of the page into the same summary, as <c>leaflet check</c> reads any page.</summary>
    [Benchmark]
    public int ScanPageWithParser() => _parser.Scan(_route.OutputPath, _html).Links.Count;

    /// <summary>Block model, layout, PDFsharp drawing and Save, the rewrite after saving, deterministic identifiers; its QR code too.</summary>
    [Benchmark]
    public long LayOutAndWritePdf()
    {
        _pdf.SetLength(0);
        _pdfWriter.Write(_pdfRequest, _pdf);
        return _pdf.Length;
    }

    /// <summary>What a build does for each article: one QR code, then the standard and the large-print PDF.</summary>
    [Benchmark]
    public long LayOutAndWriteArticlePdfs()
    {
        var qrCode = QrMatrix.For(_pdfRequest.PageUrl);
        var bytes = 0L;
        foreach (var request in new[] { _pdfRequest, _largePrintRequest })
        {
            _pdf.SetLength(0);
            _pdfWriter.Write(request with { QrCode = qrCode }, _pdf);
            bytes += _pdf.Length;
        }
        return bytes;
    }
}
