using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Output;
using Leaflet.Pdf.Model;
using Leaflet.Routing;

namespace Leaflet.Pdf;

/// <summary>A PDF written by this build: where it is, its size, and every link inside it.</summary>
public sealed record WrittenPdf(Article Article, PrintSize Size, Route Route, long Bytes, IReadOnlyList<PdfLink> Links)
{
    /// <summary>The translation in the right column of a bilingual PDF (<see cref="Article"/> is in the left); null for one language.</summary>
    public Article? Second { get; init; }
}

/// <summary>What the PDF stage wrote for one article, standard first, and what writing it reported.</summary>
public sealed record ArticlePdfs(Article Article, IReadOnlyList<WrittenPdf> Pdfs, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The bilingual PDFs whose first language is this article's, beside each other translation its
    /// site pairs it with; made with the article, and offered by both translations' pages.
    /// </summary>
    public IReadOnlyList<WrittenPdf> Bilingual { get; init; } = [];

    /// <summary>An article offered without PDFs (a build without them).</summary>
    public static ArticlePdfs None(Article article) => new(article, [], []);
}

/// <summary>
/// The PDF stage: a standard and a large-print leaflet for an article. It returns what it wrote and
/// knows nothing of the pages that offer the files.
/// </summary>
public sealed class PdfStage(Site site, Routes routes, string contentRoot, LeafletPdfWriter writer)
{
    private static readonly PrintSize[] Sizes = [PrintSize.Standard, PrintSize.Large];

    private readonly PdfFonts _fonts = new();
    private readonly PdfRequests _requests = new(routes, site, contentRoot);
    private readonly IReadOnlyList<LanguagePair> _pairs = site.BilingualPairs;
    private readonly Dictionary<string, LeafletEntry> _leaflets = site.Leaflets.ToDictionary(l => l.Slug, StringComparer.Ordinal);

    /// <summary>One article's PDFs, standard then large print. Thread-safe: articles may be written side by side.</summary>
    public ArticlePdfs WriteArticle(Article article, IOutputFiles output)
    {
        var language = site.Languages.First(l => l.Code == article.LanguageCode);
        // Both sizes print the same page address, so its QR code is computed once.
        var qrCode = QrMatrix.For(routes.Absolute(routes.Leaflet(article)));
        var diagnostics = new DiagnosticBag();
        var fonts = _fonts.For(language, diagnostics);
        var written = new List<WrittenPdf>(Sizes.Length);
        foreach (var size in Sizes)
        {
            var route = routes.LeafletPdf(article, size == PrintSize.Large);
            LeafletPdfResult result;
            long bytes;
            using (var file = output.Create(route))
            {
                result = writer.Write(_requests.For(article, language, size) with { QrCode = qrCode, Fonts = fonts }, file);
                bytes = file.Length;
            }
            diagnostics.AddRange(result.Diagnostics);
            written.Add(new WrittenPdf(article, size, route, bytes, result.Links));
        }
        var bilingual = _pairs.Where(p => p.First == article.LanguageCode)
            .Select(p => _leaflets[article.Slug].In(p.Second))
            .OfType<Article>()
            .Select(second => WriteBilingual(article, language, qrCode, fonts, second, output, diagnostics))
            .ToList();
        return new ArticlePdfs(article, written, diagnostics.ToSortedList()) { Bilingual = bilingual };
    }

    /// <summary>The article beside its translation <paramref name="second"/>: <c>x-first-second.pdf</c> in the article's folder.</summary>
    private WrittenPdf WriteBilingual(Article article, Language language, bool[,] qrCode, Fonts.FontChains fonts, Article second,
        IOutputFiles output, DiagnosticBag diagnostics)
    {
        var secondLanguage = site.Languages.First(l => l.Code == second.LanguageCode);
        var first = _requests.For(article, language, PrintSize.Standard) with { QrCode = qrCode, Fonts = fonts };
        var right = _requests.For(second, secondLanguage, PrintSize.Standard) with { Fonts = _fonts.For(secondLanguage, diagnostics) };
        var route = routes.BilingualPdf(article.Slug, article.LanguageCode, second.LanguageCode);
        using var file = output.Create(route);
        var result = writer.WriteBilingual(first, right, file);
        diagnostics.AddRange(result.Diagnostics);
        return new WrittenPdf(article, PrintSize.Standard, route, file.Length, result.Links) { Second = second };
    }
}
