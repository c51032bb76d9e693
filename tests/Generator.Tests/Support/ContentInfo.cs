using YamlDotNet.RepresentationModel;

namespace Leaflet.Tests.Support;

/// <summary>One language folder as the tests read it, straight from its YAML, not through the generator.</summary>
public sealed record LanguageInfo(string Code, string Name, string Culture, string Direction, IReadOnlyDictionary<string, string> Strings);

/// <summary>What a content folder holds: the site configuration, the languages and the leaflets of each.</summary>
public sealed class ContentInfo
{
    private ContentInfo(Uri baseUrl, string defaultLanguage, IReadOnlyList<LanguageInfo> languages, IReadOnlyDictionary<string, IReadOnlyList<string>> slugs)
    {
        BaseUrl = baseUrl;
        DefaultLanguage = defaultLanguage;
        Languages = languages;
        Slugs = slugs;
    }

    public Uri BaseUrl { get; }

    public string DefaultLanguage { get; }

    public IReadOnlyList<LanguageInfo> Languages { get; }

    /// <summary>The leaflet file names (without .md) of each language.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Slugs { get; }

    public LanguageInfo Language(string code) => Languages.Single(l => l.Code == code);

    public IEnumerable<string> AllSlugs => Slugs.Values.SelectMany(s => s).Distinct().Order(StringComparer.Ordinal);

    public IEnumerable<string> LanguagesOf(string slug) => Languages.Where(l => Slugs[l.Code].Contains(slug)).Select(l => l.Code);

    public static ContentInfo Read(string contentRoot)
    {
        var site = Mapping(Path.Combine(contentRoot, "_site.yaml"));
        var baseText = Scalar(site, "base_url");
        var baseUrl = new Uri(baseText.EndsWith('/') ? baseText : baseText + "/");
        var languages = Directory.EnumerateDirectories(contentRoot)
            .Where(d => File.Exists(Path.Combine(d, "_language.yaml")))
            .Order(StringComparer.Ordinal)
            .Select(ReadLanguage)
            .ToList();
        var slugs = languages.ToDictionary(
            l => l.Code,
            l => (IReadOnlyList<string>)Directory.EnumerateFiles(Path.Combine(contentRoot, l.Code), "*.md")
                .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList());
        return new ContentInfo(baseUrl, Scalar(site, "default_language"), languages, slugs);
    }

    public static LanguageInfo ReadLanguage(string folder)
    {
        var yaml = Mapping(Path.Combine(folder, "_language.yaml"));
        var strings = ((YamlMappingNode)yaml.Children[new YamlScalarNode("strings")]).Children
            .ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!.Trim(), StringComparer.Ordinal);
        return new LanguageInfo(Path.GetFileName(folder), Scalar(yaml, "name"), Scalar(yaml, "culture"), Scalar(yaml, "direction"), strings);
    }

    private static YamlMappingNode Mapping(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlMappingNode mapping, string key) =>
        ((YamlScalarNode)mapping.Children[new YamlScalarNode(key)]).Value!.Trim();
}
