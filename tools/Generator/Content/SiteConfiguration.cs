namespace Leaflet.Content;

/// <summary>The settings of content/_site.yaml, after command-line overrides.</summary>
public sealed record SiteConfiguration(
    Uri BaseUrl,
    string DefaultLanguage,
    string Publisher,
    bool AllowRawHtml,
    bool OfflineLinks);
