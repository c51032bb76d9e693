using Leaflet.Diagnostics;

namespace Leaflet.Links.Rules;

/// <summary>
/// A reader of one language who follows an ordinary link expects to stay in it. Links
/// that say where they lead (hreflang: the language switcher) and alternates are exempt.
/// Languages are compared by their primary subtag, so a regional variant is the same language.
/// </summary>
internal static class LanguageRule
{
    public static Finding? Check(PageLink link, ScannedPage source, string targetFile, CheckContext context)
    {
        if (link.Role != LinkRole.Navigation) return null;
        if (source.Language is not { } from || context.PageAt(targetFile)?.Language is not { } to) return null;
        if (string.Equals(Primary(from), Primary(to), StringComparison.OrdinalIgnoreCase)) return null;
        return Finding.Of(link, DiagnosticCodes.CrossLanguageLink,
            $"link '{link.Href}' leads from a page in '{from}' to {targetFile} in '{to}'; a language switch link says so with hreflang");
    }

    private static string Primary(string language)
    {
        var dash = language.IndexOfAny(['-', '_']);
        return dash < 0 ? language : language[..dash];
    }
}
