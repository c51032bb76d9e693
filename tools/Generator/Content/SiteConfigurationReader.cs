using Leaflet.Diagnostics;

namespace Leaflet.Content;

/// <summary>Reads content/_site.yaml; the command line may override the base URL.</summary>
public static class SiteConfigurationReader
{
    public const string FileName = "_site.yaml";

    private static readonly IReadOnlyList<string> KnownKeys =
        ["base_url", "default_language", "publisher", "allow_raw_html", "offline_links", "bilingual"];

    public static SiteConfiguration? Read(string contentRoot, Uri? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(contentRoot, FileName);
        var displayPath = DisplayPath.Of(path);
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.SiteConfigurationInvalid, displayPath, 0, 0,
                "the site configuration is missing; create it with base_url, default_language and publisher"));
            return null;
        }
        if (!ContainedFile.Check(path, contentRoot, "content", DiagnosticCodes.ContentOutsideFolder, diagnostics)) return null;
        var text = ContentFile.Read(path, displayPath, diagnostics);
        if (text is null) return null;
        var mapping = YamlReader.ReadMapping(text, displayPath, 0, diagnostics);
        if (mapping is null) return null;

        var fields = new YamlFields(mapping, displayPath, 0, diagnostics);
        fields.WarnAboutUnknownKeys(KnownKeys, DiagnosticCodes.UnknownField);
        var baseUrlText = fields.RequiredText("base_url");
        var defaultLanguage = fields.RequiredText("default_language");
        var publisher = fields.RequiredText("publisher");
        var allowRawHtml = fields.OptionalBoolean("allow_raw_html") ?? false;
        var offline = fields.OptionalBoolean("offline_links") ?? false;

        var baseUrl = baseUrlOverride is null ? null : BaseUrl.Parse(baseUrlOverride.AbsoluteUri);
        if (baseUrl is null && baseUrlText is not null)
        {
            baseUrl = BaseUrl.Parse(baseUrlText);
            if (baseUrl is null)
            {
                var node = fields.Node("base_url")!;
                diagnostics.Add(Diagnostic.Of(DiagnosticCodes.SiteConfigurationInvalid, displayPath, YamlReader.Line(node, 0), YamlReader.Column(node),
                    $"'base_url' must be an absolute http or https URL, not '{baseUrlText}'"));
            }
        }
        if (baseUrl is null || defaultLanguage is null || publisher is null) return null;
        return new SiteConfiguration(baseUrl, defaultLanguage, publisher, allowRawHtml, offline)
        {
            Bilingual = BilingualPairsReader.Read(fields.Node("bilingual"), displayPath, diagnostics),
        };
    }
}
