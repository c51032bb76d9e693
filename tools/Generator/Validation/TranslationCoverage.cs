using Leaflet.Content;
using Leaflet.Diagnostics;

namespace Leaflet.Validation;

/// <summary>
/// A leaflet missing in a language is a warning, not an error: the build leaves it out of that
/// language's index and switchers, and no page links to it. A translation whose file is there but
/// could not be read is not missing: the error at that file says why.
/// </summary>
public static class TranslationCoverage
{
    public static IEnumerable<Diagnostic> Check(Site site, string contentRoot) =>
        site.Leaflets.SelectMany(leaflet => Check(site, leaflet, contentRoot));

    public static IEnumerable<Diagnostic> Check(Site site, LeafletEntry leaflet, string contentRoot)
    {
        // The source to translate from, when the default language has it.
        var present = leaflet.In(site.Configuration.DefaultLanguage) ?? leaflet.Translations[0];
        foreach (var language in site.Languages.Where(l => leaflet.In(l.Code) is null))
        {
            var file = Path.Combine(contentRoot, language.Code, leaflet.Slug + ".md");
            if (File.Exists(file)) continue;
            var missing = DisplayPath.Of(file);
            yield return Diagnostic.Of(DiagnosticCodes.TranslationMissing, missing, 0, 0,
                $"the leaflet '{leaflet.Slug}' has no translation into {language.Name} ({language.Code}); {present.SourcePath} exists");
        }
    }
}
