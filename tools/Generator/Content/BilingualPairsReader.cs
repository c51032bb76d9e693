using Leaflet.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Leaflet.Content;

/// <summary>
/// Reads <c>bilingual:</c> of _site.yaml, a list of pairs such as <c>- [en, ru]</c>. A pair that is
/// not two different language codes is a warning (LF1060) and is left out: a bilingual PDF is an
/// extra, and a mistake in asking for one never stops the site.
/// </summary>
public static class BilingualPairsReader
{
    public static IReadOnlyList<LanguagePair> Read(YamlNode? node, string path, DiagnosticBag diagnostics)
    {
        if (node is null) return [];
        if (node is not YamlSequenceNode pairs)
        {
            Warn(node, path, diagnostics, "'bilingual' must be a list of language pairs, such as '- [en, ru]'; no bilingual PDFs are made");
            return [];
        }
        var read = new List<LanguagePair>();
        foreach (var item in pairs.Children)
        {
            if (item is YamlSequenceNode { Children.Count: 2 } pair
                && pair.Children.All(c => c is YamlScalarNode { Value.Length: > 0 })
                && Code(pair, 0) != Code(pair, 1))
            {
                var candidate = new LanguagePair(Code(pair, 0), Code(pair, 1), YamlReader.Line(item, 0), YamlReader.Column(item));
                if (read.Any(p => p.First == candidate.First && p.Second == candidate.Second))
                    Warn(item, path, diagnostics, $"the bilingual pair [{candidate.First}, {candidate.Second}] is listed twice; it is made once");
                else read.Add(candidate);
                continue;
            }
            Warn(item, path, diagnostics, "a bilingual pair must be two different language codes, such as [en, ru]; this one makes no PDF");
        }
        return read;
    }

    private static string Code(YamlSequenceNode pair, int index) => ((YamlScalarNode)pair.Children[index]).Value!.Trim();

    private static void Warn(YamlNode node, string path, DiagnosticBag diagnostics, string message) =>
        diagnostics.Add(Diagnostic.Of(DiagnosticCodes.BilingualPairInvalid, path, YamlReader.Line(node, 0), YamlReader.Column(node), message));
}
