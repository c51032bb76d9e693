namespace Leaflet.Links.Rules;

/// <summary>Everything a rule may look at: the build's files and every page, read-only and shared by the workers.</summary>
internal sealed record CheckContext(SiteIndex Site, IReadOnlyDictionary<string, ScannedPage> Pages, UrlResolver Resolver)
{
    public ScannedPage? PageAt(string file) => Pages.GetValueOrDefault(file);
}
