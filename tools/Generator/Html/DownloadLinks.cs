using Leaflet.Content;
using Leaflet.Pdf;
using Leaflet.Routing;

namespace Leaflet.Html;

/// <summary>What a leaflet page shows of the PDFs written for its article.</summary>
public static class DownloadLinks
{
    /// <summary>
    /// Standard first, labelled in the page's language, then each bilingual PDF the page's translation is in,
    /// labelled with both languages' own names ("English + Русский (PDF)"), each with the size in kilobytes
    /// for people paying for data.
    /// </summary>
    public static IReadOnlyList<DownloadModel> For(ArticlePdfs pdfs, Language language, IReadOnlyList<Language> languages, Routes routes)
    {
        var page = routes.Leaflet(pdfs.Article);
        var single = pdfs.Pdfs
            .OrderBy(p => p.Size)
            .Select(p => Download(language.Strings[p.Size == PrintSize.Large ? "download_large_print" : "download_leaflet"], page, p, language, routes));
        var bilingual = pdfs.Bilingual
            .Select(p => Download($"{Name(languages, p.Article)} + {Name(languages, p.Second!)} (PDF)", page, p, language, routes));
        return single.Concat(bilingual).ToList();
    }

    /// <summary>The size in the page's language's digits.</summary>
    private static DownloadModel Download(string label, Route page, WrittenPdf pdf, Language language, Routes routes) =>
        new(label, routes.Relative(page, pdf.Route), "application/pdf",
            language.Digits.Format((int)Math.Max(1, Math.Round(pdf.Bytes / 1024.0, MidpointRounding.AwayFromZero))));

    private static string Name(IReadOnlyList<Language> languages, Article article) => languages.First(l => l.Code == article.LanguageCode).Name;
}
