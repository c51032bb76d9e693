using Leaflet.BuiltIn;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Leaflet.Scaffold;

/// <summary>
/// The font files a built-in language's <c>fonts:</c> names (paths relative to the content folder),
/// with the licence beside each, so a new site in that language has them where its file says.
/// </summary>
public static class LanguageFontFiles
{
    private const string Folder = "languages";
    private const string Licence = "OFL.txt";

    /// <summary>The built-in files to copy, as paths relative to the content folder, in ordinal order.</summary>
    public static IReadOnlyList<string> For(string languageYaml)
    {
        var fonts = Named(languageYaml).Where(p => !Path.IsPathRooted(p) && BuiltInFiles.Exists($"{Folder}/{p}")).ToList();
        var licences = fonts.Select(p => p.Contains('/') ? p[..(p.LastIndexOf('/') + 1)] + Licence : Licence)
            .Where(p => BuiltInFiles.Exists($"{Folder}/{p}"));
        return fonts.Concat(licences).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public static byte[] Read(string path) => BuiltInFiles.ReadBytes($"{Folder}/{path}");

    /// <summary>Every path under <c>fonts:</c>; the build itself checks the file's shape, so anything else is passed over.</summary>
    private static IEnumerable<string> Named(string languageYaml)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(languageYaml));
        }
        catch (YamlException)
        {
            return [];
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("fonts"), out var fonts) || fonts is not YamlMappingNode styles)
            return [];
        return styles.Children.Values
            .SelectMany(v => v switch
            {
                YamlSequenceNode sequence => sequence.Children,
                YamlScalarNode scalar => [scalar],
                _ => [],
            })
            .OfType<YamlScalarNode>()
            .Select(s => s.Value?.Trim() ?? "")
            .Where(p => p.Length > 0);
    }
}
