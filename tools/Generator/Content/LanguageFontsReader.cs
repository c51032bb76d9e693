using Leaflet.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Leaflet.Content;

/// <summary>
/// Reads <c>fonts: { regular: [paths], bold: [paths] }</c> of a <c>_language.yaml</c>: paths
/// relative to the content folder or absolute, each checked to be a TrueType font the PDF can
/// embed (LF1024 when it cannot be read, LF1025 when its format is unsupported).
/// </summary>
public static class LanguageFontsReader
{

    private static readonly IReadOnlyList<string> Keys = ["regular", "bold"];

    public static LanguageFonts? Read(YamlFields fields, string contentRoot, string path, DiagnosticBag diagnostics)
    {
        if (fields.Node("fonts") is not { } node) return LanguageFonts.None;
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.LanguageInvalid, path, YamlReader.Line(node, 0), YamlReader.Column(node),
                "'fonts' must have 'regular:' and optionally 'bold:', each a list of font files such as [fonts/NotoSansDevanagari-Regular.ttf]"));
            return null;
        }
        var styles = new YamlFields(mapping, path, 0, diagnostics);
        styles.WarnAboutUnknownKeys(Keys, DiagnosticCodes.UnknownField);
        var regular = Files(styles, "regular", contentRoot, path, diagnostics);
        var bold = Files(styles, "bold", contentRoot, path, diagnostics);
        return regular is null || bold is null ? null : new LanguageFonts(regular, bold);
    }

    private static List<FontFile>? Files(YamlFields styles, string key, string contentRoot, string path, DiagnosticBag diagnostics)
    {
        if (styles.Node(key) is not { } node) return [];
        IList<YamlNode>? items = node switch
        {
            YamlSequenceNode sequence => sequence.Children,
            YamlScalarNode => new List<YamlNode> { node },
            _ => null,
        };
        if (items is null || items.Any(i => i is not YamlScalarNode { Value.Length: > 0 }))
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.LanguageInvalid, path, YamlReader.Line(node, 0), YamlReader.Column(node),
                $"'fonts: {key}' must be a list of font files such as [fonts/NotoSansDevanagari-Regular.ttf]"));
            return null;
        }
        var files = new List<FontFile>();
        foreach (var item in items)
        {
            var name = ((YamlScalarNode)item).Value!.Trim();
            var file = new FontFile(Path.GetFullPath(name, contentRoot), path, YamlReader.Line(item, 0), YamlReader.Column(item));
            var problem = FontFileCheck.Problem(file.Path, name);
            if (problem is null)
            {
                files.Add(file);
                continue;
            }
            diagnostics.Add(Diagnostic.Of(problem.Value.Code, path, file.Line, file.Column, problem.Value.Message));
        }
        return files.Count == items.Count ? files : null;
    }
}
