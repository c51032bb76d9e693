using Leaflet.Diagnostics;
using Leaflet.Pdf.Text.LineBreaking;
using YamlDotNet.RepresentationModel;

namespace Leaflet.Content;

/// <summary>
/// Reads <c>line_breaking: { no_break_after: [words] }</c> of a <c>_language.yaml</c>: the words
/// (one-letter prepositions, say) after which a PDF line never ends. Each must be letters and
/// marks only, so text can match it; any other is LF1006 at its own line.
/// </summary>
public static class LanguageLineBreakingReader
{
    private static readonly IReadOnlyList<string> Keys = ["no_break_after"];

    public static LineBreakTailoring? Read(YamlFields fields, string path, DiagnosticBag diagnostics)
    {
        if (fields.Node("line_breaking") is not { } node) return LineBreakTailoring.Default;
        if (node is not YamlMappingNode mapping)
        {
            Report(node, "'line_breaking' must have 'no_break_after:', a list of words such as [в, к, с]");
            return null;
        }
        var settings = new YamlFields(mapping, path, 0, diagnostics);
        settings.WarnAboutUnknownKeys(Keys, DiagnosticCodes.UnknownField);
        if (settings.Node("no_break_after") is not { } list) return LineBreakTailoring.Default;
        if (list is not YamlSequenceNode sequence)
        {
            Report(list, "'no_break_after' must be a list of words such as [в, к, с]");
            return null;
        }
        var words = new List<string>();
        foreach (var item in sequence.Children)
        {
            var word = (item as YamlScalarNode)?.Value?.Trim() ?? "";
            if (LineBreakTailoring.IsWord(word)) words.Add(word);
            else Report(item, $"'{word}' in 'no_break_after' is not a word of letters, so no text could match it");
        }
        return words.Count == sequence.Children.Count ? new LineBreakTailoring(words) : null;

        void Report(YamlNode at, string message) =>
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.LanguageInvalid, path, YamlReader.Line(at, 0), YamlReader.Column(at), message));
    }
}
