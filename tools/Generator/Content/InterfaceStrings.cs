using Leaflet.Diagnostics;

namespace Leaflet.Content;

/// <summary>
/// Every language must carry the interface strings the pages need. The default language's file is the
/// reference: a key it has and another language lacks would leave a hole in that language's pages.
/// </summary>
public static class InterfaceStrings
{
    /// <summary>Keys the build itself puts into titles and descriptions, besides those the templates use.</summary>
    public static readonly IReadOnlyList<string> RequiredByBuild =
        ["site_title", "choose_language", "leaflets", "not_found_title", "not_found_text", "back_to_leaflets", "disclaimer"];

    public static void Check(IReadOnlyList<Language> languages, string defaultLanguage, DiagnosticBag diagnostics)
    {
        var reference = languages.FirstOrDefault(l => l.Code == defaultLanguage);
        var expected = RequiredByBuild.Union(reference?.Strings.Keys ?? []).Order(StringComparer.Ordinal).ToList();
        foreach (var language in languages)
        {
            foreach (var key in expected.Where(k => !language.Strings.ContainsKey(k)))
                diagnostics.Add(Diagnostic.Error("LF1016", language.SourcePath, 0, 0,
                    $"the interface string '{key}' is missing; add it under 'strings:' in the language's own words"));
        }
    }
}
