using Leaflet.Diagnostics;

namespace Leaflet.Content;

/// <summary>
/// The interface strings the build itself puts into pages (titles, descriptions) must exist in every
/// language before any page is made; the templates' own keys are checked against their syntax trees.
/// </summary>
public static class InterfaceStrings
{
    /// <summary>
    /// Keys the build itself puts into titles, descriptions and the PDFs, besides those the templates use:
    /// a clinic's templates may stop showing the dates, but the printed leaflet still labels them.
    /// </summary>
    public static readonly IReadOnlyList<string> RequiredByBuild =
        ["site_title", "choose_language", "leaflets", "not_found_title", "not_found_text", "back_to_leaflets", "disclaimer",
         "download_leaflet", "download_large_print", "published", "last_reviewed", "next_review", "code", "version", PageOf,
         DraftBanner];

    /// <summary>The PDF footer's "page N of M", with {0} for the page and {1} for the count.</summary>
    public const string PageOf = "page_of";

    /// <summary>The line a draft's page and every page of its PDFs carry, such as "Draft — not for patients".</summary>
    public const string DraftBanner = "draft_banner";

    public static void Check(IReadOnlyList<Language> languages, DiagnosticBag diagnostics)
    {
        foreach (var language in languages)
        {
            foreach (var key in RequiredByBuild.Where(k => !language.Strings.ContainsKey(k)))
                diagnostics.Add(Diagnostic.Of(DiagnosticCodes.InterfaceStringMissing, language.SourcePath, 0, 0,
                    $"the interface string '{key}' is missing; add it under 'strings:' in the language's own words"));
            if (language.Strings.TryGetValue(PageOf, out var format) && !IsPageFormat(format))
                diagnostics.Add(Diagnostic.Of(DiagnosticCodes.InterfaceStringMissing, language.SourcePath, 0, 0,
                    $"the interface string '{PageOf}' must contain {{0}} for the page and {{1}} for the number of pages, such as \"Page {{0}} of {{1}}\""));
        }
    }

    private static bool IsPageFormat(string format)
    {
        try
        {
            return format.Contains("{0}", StringComparison.Ordinal) && format.Contains("{1}", StringComparison.Ordinal)
                && string.Format(System.Globalization.CultureInfo.InvariantCulture, format, 1, 2).Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
