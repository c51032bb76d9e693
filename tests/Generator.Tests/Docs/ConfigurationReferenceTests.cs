using System.Reflection;
using Leaflet.Content;
using Leaflet.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Leaflet.Tests.Docs;

/// <summary>
/// docs/reference/configuration.md names every key the readers of _site.yaml, _language.yaml and front
/// matter accept, and every interface string of the default language: a key added to a reader without a
/// word in the reference fails here.
/// </summary>
public sealed class ConfigurationReferenceTests
{
    private static string Reference => File.ReadAllText(Path.Combine(Repository.Root, "docs", "reference", "configuration.md"));

    /// <summary>Each reader's list of the keys it knows (a static field named …Keys), by reader.</summary>
    private static IReadOnlyList<(string Reader, string Key)> KnownKeys() =>
        typeof(SiteConfigurationReader).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(SiteConfigurationReader).Namespace)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(f => f.Name.EndsWith("Keys", StringComparison.Ordinal) && f.FieldType == typeof(IReadOnlyList<string>))
                .SelectMany(f => ((IReadOnlyList<string>)f.GetValue(null)!).Select(k => ($"{t.Name}.{f.Name}", k))))
            .ToList();

    [Fact]
    public void The_keys_of_every_reader_are_found()
    {
        var readers = KnownKeys().Select(k => k.Reader).Distinct().ToList();
        foreach (var reader in new[] { "SiteConfigurationReader.KnownKeys", "LanguageReader.KnownKeys", "FrontMatterReader.KnownKeys", "ClinicalQuestionReader.KnownKeys" })
            Assert.Contains(reader, readers);
        Assert.Contains(("SiteConfigurationReader.KnownKeys", "offline_links"), KnownKeys());
    }

    [Fact]
    public void Every_key_a_reader_accepts_is_in_the_configuration_reference()
    {
        var reference = Reference;
        var missing = KnownKeys().Where(k => !reference.Contains($"`{k.Key}`", StringComparison.Ordinal)).Select(k => $"{k.Reader}: {k.Key}").ToList();
        Assert.True(missing.Count == 0, "keys docs/reference/configuration.md does not name:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_interface_string_of_the_default_language_is_in_the_configuration_reference()
    {
        var site = new YamlStream();
        site.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Content, "_site.yaml"))));
        var defaultLanguage = ((YamlMappingNode)site.Documents[0].RootNode)[new YamlScalarNode("default_language")].ToString();
        var language = new YamlStream();
        language.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Content, defaultLanguage, "_language.yaml"))));
        var strings = (YamlMappingNode)((YamlMappingNode)language.Documents[0].RootNode)[new YamlScalarNode("strings")];

        var reference = Reference;
        var missing = strings.Children.Keys.Select(k => k.ToString()).Where(k => !reference.Contains($"`{k}`", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(strings.Children);
        Assert.True(missing.Count == 0, "interface strings docs/reference/configuration.md does not name:\n" + string.Join("\n", missing));
    }
}
