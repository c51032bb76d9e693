using YamlDotNet.RepresentationModel;

namespace Leaflet.Tests.Support;

/// <summary>One source sentence and the sentences of the edition that carry it.</summary>
public sealed record AlignedSentence(string Source, IReadOnlyList<string> Edition);

/// <summary>
/// An alignment record beside a source text (sources/NAME.alignment.yaml): every source sentence,
/// in order, with the edition's sentences that carry it, and the edition's text that carries none.
/// </summary>
public sealed record Alignment(IReadOnlyList<AlignedSentence> Sentences, IReadOnlyList<string> Additions)
{
    public static Alignment Read(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path)) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var sentences = Sequence(root, "sentences")
            .Cast<YamlMappingNode>()
            .Select(entry => new AlignedSentence(Text(entry, "source"), Sequence(entry, "edition").Select(ScalarText).ToList()))
            .ToList();
        var additions = root.Children.ContainsKey("additions")
            ? Sequence(root, "additions").Cast<YamlMappingNode>().Select(entry => Text(entry, "text")).ToList()
            : [];
        return new Alignment(sentences, additions);
    }

    private static IEnumerable<YamlNode> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) && value is YamlSequenceNode list ? list.Children : [];

    private static string Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? ScalarText(value) : "";

    private static string ScalarText(YamlNode node) => (node as YamlScalarNode)?.Value ?? "";
}
