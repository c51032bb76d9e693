using Leaflet.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Leaflet.Content;

/// <summary>
/// Reads a language's optional <c>plain_language:</c> block:
/// <c>{ max_sentence_words: 20, avoid: { neoplasm: growth, pathology: condition } }</c>.
/// </summary>
public static class PlainLanguageReader
{
    public const string Key = "plain_language";

    private static readonly IReadOnlyList<string> Keys = ["max_sentence_words", "avoid"];

    public static PlainLanguageRules? Read(YamlFields fields, string path, DiagnosticBag diagnostics)
    {
        if (fields.Node(Key) is not { } node) return null;
        if (node is not YamlMappingNode mapping)
        {
            Report(node, path, diagnostics, $"'{Key}' must hold max_sentence_words and avoid, such as {{ max_sentence_words: 20, avoid: {{ neoplasm: growth }} }}");
            return null;
        }
        var rules = new YamlFields(mapping, path, 0, diagnostics);
        rules.WarnAboutUnknownKeys(Keys, DiagnosticCodes.UnknownField);
        int? limit = null;
        if (rules.Node("max_sentence_words") is { } limitNode)
        {
            if (limitNode is YamlScalarNode { Value: { } text } && int.TryParse(text, System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var words) && words > 0)
                limit = words;
            else
            {
                Report(limitNode, path, diagnostics, "'max_sentence_words' must be a whole number of words above 0, such as 20");
                return null;
            }
        }
        var avoid = new List<(string, string)>();
        if (rules.Node("avoid") is { } avoidNode)
        {
            if (avoidNode is not YamlMappingNode words)
            {
                Report(avoidNode, path, diagnostics, "'avoid' must be 'word: plainer word' lines, such as 'neoplasm: growth'");
                return null;
            }
            foreach (var (key, value) in words.Children)
            {
                if (key is YamlScalarNode { Value: { Length: > 0 } word } && value is YamlScalarNode { Value: { Length: > 0 } instead })
                {
                    avoid.Add((word.Trim(), instead.Trim()));
                    continue;
                }
                Report(value, path, diagnostics, $"the word to avoid '{(key as YamlScalarNode)?.Value}' needs a plainer word after it");
                return null;
            }
        }
        return new PlainLanguageRules(limit, avoid);
    }

    private static void Report(YamlNode node, string path, DiagnosticBag diagnostics, string message) =>
        diagnostics.Add(Diagnostic.Of(DiagnosticCodes.LanguageInvalid, path, YamlReader.Line(node, 0), YamlReader.Column(node), message));
}
