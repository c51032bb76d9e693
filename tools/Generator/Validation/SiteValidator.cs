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
    public static void Validate(Site site, TemplateSet templates, string contentRoot, DateOnly today, DiagnosticBag diagnostics,
        CancellationToken cancel = default)
    {
        TemplateStrings.Check(templates, site.Languages, diagnostics);
        ContentLinks.Check(site, contentRoot, diagnostics);
        diagnostics.AddRange(TranslationCoverage.Check(site, contentRoot));
        foreach (var leaflet in site.Leaflets)
        {
            cancel.ThrowIfCancellationRequested();
            var source = leaflet.In(site.Configuration.DefaultLanguage);
            foreach (var article in leaflet.Translations)
            {
                if (ReviewDates.Check(article, today) is { } review) diagnostics.Add(review);
                if (source is null || article == source) continue;
                if (TranslationParity.Compare(source, article) is { } parity) diagnostics.Add(parity);
                if (TranslationFreshness.Check(source, article) is { } freshness) diagnostics.Add(freshness);
            }
        }
    }
}
