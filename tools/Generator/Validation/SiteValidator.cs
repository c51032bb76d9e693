using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;

namespace Leaflet.Validation;

/// <summary>
/// The Validate stage: what a translator or editor must hear about before a patient reads the page.
/// It only reports; the build decides what stops it.
/// </summary>
public static class SiteValidator
{
    /// <param name="draftsLeftOut">Whether the build publishes without the drafts, so that a link to one is an error.</param>
    public static void Validate(Site site, TemplateSet templates, string contentRoot, DateOnly today, bool draftsLeftOut, DiagnosticBag diagnostics,
        CancellationToken cancel = default)
    {
        ValidateTemplates(site, templates, diagnostics);
        ContentLinks.Check(site, contentRoot, diagnostics);
        if (draftsLeftOut) diagnostics.AddRange(DraftLinks.Check(site, site.Leaflets.SelectMany(l => l.Translations), contentRoot));
        diagnostics.AddRange(TranslationCoverage.Check(site, contentRoot));
        diagnostics.AddRange(BilingualCoverage.CheckPairs(site, contentRoot));
        // Leaflets are independent of each other; the bag sorts what they report.
        Parallel.ForEach(site.Leaflets, new ParallelOptions { CancellationToken = cancel }, leaflet => ValidateTranslations(site, leaflet, contentRoot, today, diagnostics));
    }

    public static void ValidateTemplates(Site site, TemplateSet templates, DiagnosticBag diagnostics) =>
        TemplateStrings.Check(templates, site.Languages, diagnostics);

    /// <summary>
    /// One leaflet's checks, which is all that an edit of one of its articles can change (serve re-runs
    /// only these). Its links to other leaflets still depend on the whole site.
    /// </summary>
    public static void ValidateLeaflet(Site site, LeafletEntry leaflet, string contentRoot, DateOnly today, bool draftsLeftOut, DiagnosticBag diagnostics)
    {
        ContentLinks.Check(site, leaflet.Translations, contentRoot, diagnostics);
        if (draftsLeftOut) diagnostics.AddRange(DraftLinks.Check(site, leaflet.Translations, contentRoot));
        diagnostics.AddRange(TranslationCoverage.Check(site, leaflet, contentRoot));
        ValidateTranslations(site, leaflet, contentRoot, today, diagnostics);
    }

    private static void ValidateTranslations(Site site, LeafletEntry leaflet, string contentRoot, DateOnly today, DiagnosticBag diagnostics)
    {
        var source = leaflet.In(site.Configuration.DefaultLanguage);
        diagnostics.AddRange(LeafletIdentity.Check(site, leaflet));
        diagnostics.AddRange(BilingualCoverage.CheckLeaflet(site, leaflet, contentRoot));
        foreach (var article in leaflet.Translations)
        {
            if (ReviewDates.Check(article, today) is { } review) diagnostics.Add(review);
            diagnostics.AddRange(ClinicalReview.Check(article));
            diagnostics.AddRange(PlainLanguage.Check(article, site.Languages.First(l => l.Code == article.LanguageCode)));
            if (source is null || article == source) continue;
            if (TranslationParity.Compare(source, article, contentRoot) is { } parity) diagnostics.Add(parity);
            if (TranslationFreshness.Check(source, article) is { } freshness) diagnostics.Add(freshness);
        }
    }
}
