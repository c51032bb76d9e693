using Leaflet.Diagnostics;

namespace Leaflet.Links.Rules;

/// <summary>One hreflang alternate of a page, with the page of this build it reaches (null if none).</summary>
internal sealed record Alternate(PageLink Link, string HrefLang, string? TargetFile);

/// <summary>
/// Translations announce each other: every hreflang alternate must be answered by one
/// pointing back (search engines ignore one-sided pairs), and a page with alternates
/// names the x-default page for readers whose language is not offered. That the
/// targets exist is the target rule's business.
/// </summary>
internal static class AlternateRule
{
    public const string DefaultLanguage = "x-default";

    public static IEnumerable<Finding> Check(
        string page, IReadOnlyList<Alternate> alternates, IReadOnlyDictionary<string, IReadOnlyList<Alternate>> alternatesByPage)
    {
        if (alternates.Count == 0) yield break;

        if (!alternates.Any(IsDefault))
            yield return Finding.Of(alternates[0].Link, DiagnosticCodes.MissingDefaultAlternate,
                $"page has hreflang alternates but none for {DefaultLanguage}");

        foreach (var alternate in alternates)
        {
            if (IsDefault(alternate) || alternate.TargetFile is not { } target || target == page) continue;
            var answers = alternatesByPage.GetValueOrDefault(target) ?? [];
            if (answers.Any(answer => answer.TargetFile == page)) continue;
            yield return Finding.Of(alternate.Link, DiagnosticCodes.AlternateNotReciprocal,
                $"alternate '{alternate.Link.Href}' ({alternate.HrefLang}) does not link back: {target} has no alternate to {page}",
                namesPage: true);
        }
    }

    private static bool IsDefault(Alternate alternate) =>
        alternate.HrefLang.Equals(DefaultLanguage, StringComparison.OrdinalIgnoreCase);
}
