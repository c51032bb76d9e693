using Leaflet.Diagnostics;

namespace Leaflet.Content;

/// <summary>
/// The interface strings the build itself puts into pages (titles, descriptions) must exist in every
/// language before any page is made; the templates' own keys are checked against their syntax trees.
/// </summary>
public static class InterfaceStrings
{
    /// <summary>Keys the build itself puts into titles and descriptions, besides those the templates use.</summary>
    public static readonly IReadOnlyList<string> RequiredByBuild =
        ["site_title", "choose_language", "leaflets", "not_found_title", "not_found_text", "back_to_leaflets", "disclaimer", "download_leaflet", "download_large_print"];

    public static void Check(IReadOnlyList<Language> languages, DiagnosticBag diagnostics)
    {
        foreach (var language in languages)
        {
            foreach (var key in RequiredByBuild.Where(k => !language.Strings.ContainsKey(k)))
                diagnostics.Add(Diagnostic.Error("LF1016", language.SourcePath, 0, 0,
                    $"the interface string '{key}' is missing; add it under 'strings:' in the language's own words"));
        }
    }
}
