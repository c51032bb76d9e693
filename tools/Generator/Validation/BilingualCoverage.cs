using Leaflet.Content;
using Leaflet.Diagnostics;

namespace Leaflet.Validation;

/// <summary>
/// What the site's bilingual pairs cannot make: a pair naming a language the site does not have
/// (LF1060, at the pair in _site.yaml), and a leaflet translated into only one of a pair's two
/// languages (LF1061, at that translation). Both are warnings; such pairs and leaflets make no PDF.
/// A translation whose file is there but could not be read is not missing: its error says why.
/// </summary>
public static class BilingualCoverage
{
    public static IEnumerable<Diagnostic> CheckPairs(Site site, string contentRoot)
    {
        var path = DisplayPath.Of(Path.Combine(contentRoot, SiteConfigurationReader.FileName));
        foreach (var pair in site.Configuration.Bilingual)
        {
            foreach (var code in new[] { pair.First, pair.Second }.Where(c => !Has(site, c)))
                yield return Diagnostic.Of(DiagnosticCodes.BilingualPairInvalid, path, pair.Line, pair.Column,
                    $"the bilingual pair [{pair.First}, {pair.Second}] names '{code}', which is not a language of the site; no {pair} PDFs are made");
        }
    }

    public static IEnumerable<Diagnostic> CheckLeaflet(Site site, LeafletEntry leaflet, string contentRoot)
    {
        foreach (var pair in site.BilingualPairs)
        {
            var (first, second) = (leaflet.In(pair.First), leaflet.In(pair.Second));
            if ((first is null) == (second is null)) continue;
            var (present, missing) = first is null ? (second!, pair.First) : (first, pair.Second);
            if (File.Exists(Path.Combine(contentRoot, missing, leaflet.Slug + ".md"))) continue;
            yield return Diagnostic.Of(DiagnosticCodes.BilingualPairIncomplete, present.SourcePath, 1, 1,
                $"the leaflet '{leaflet.Slug}' has no {missing} translation, so it has no {pair} bilingual PDF");
        }
    }

    private static bool Has(Site site, string code) => site.Languages.Any(l => l.Code == code);
}
