using System.Globalization;
using Leaflet.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Leaflet.Content;

/// <summary>Reads content/&lt;code&gt;/_language.yaml: the language's own name, culture, direction and interface strings.</summary>
public static class LanguageReader
{
    public const string FileName = "_language.yaml";

    private static readonly IReadOnlyList<string> KnownKeys = ["name", "culture", "direction", "strings"];

    public static Language? Read(string code, string path, string displayPath, DiagnosticBag diagnostics)
    {
        var text = ContentFile.Read(path, displayPath, diagnostics);
        if (text is null) return null;
        var mapping = YamlReader.ReadMapping(text, displayPath, lineOffset: 0, diagnostics);
        if (mapping is null) return null;

        var fields = new YamlFields(mapping, displayPath, 0, diagnostics);
        fields.WarnAboutUnknownKeys(KnownKeys, "LF1005");
        var name = fields.RequiredText("name");
        var culture = ReadCulture(fields, displayPath, diagnostics);
        var direction = ReadDirection(fields, displayPath, diagnostics);
        var strings = ReadStrings(fields, displayPath, diagnostics);
        if (name is null || culture is null || direction is null || strings is null) return null;
        return new Language(code, name, culture, direction, strings, displayPath);
    }

    private static CultureInfo? ReadCulture(YamlFields fields, string path, DiagnosticBag diagnostics)
    {
        var name = fields.RequiredText("culture");
        if (name is null) return null;
        try
        {
            var culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            if (!culture.IsNeutralCulture && culture.Name.Length > 0) return culture;
        }
        catch (CultureNotFoundException)
        {
        }
        var node = fields.Node("culture")!;
        diagnostics.Add(Diagnostic.Error("LF1006", path, YamlReader.Line(node, 0), YamlReader.Column(node),
            $"'{name}' is not a known culture with a region; write one such as the culture of a country's language (language-REGION)"));
        return null;
    }

    private static string? ReadDirection(YamlFields fields, string path, DiagnosticBag diagnostics)
    {
        var direction = fields.RequiredText("direction");
        if (direction is null or "ltr" or "rtl") return direction;
        var node = fields.Node("direction")!;
        diagnostics.Add(Diagnostic.Error("LF1006", path, YamlReader.Line(node, 0), YamlReader.Column(node),
            $"'direction' must be ltr or rtl, not '{direction}'"));
        return null;
    }

    private static IReadOnlyDictionary<string, string>? ReadStrings(YamlFields fields, string path, DiagnosticBag diagnostics)
    {
        if (fields.Node("strings") is not YamlMappingNode mapping)
        {
            var at = fields.Node("strings") ?? fields.Mapping;
            diagnostics.Add(Diagnostic.Error("LF1006", path, YamlReader.Line(at, 0), YamlReader.Column(at),
                "'strings' must be a list of 'key: text' lines with every interface string"));
            return null;
        }
        var strings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
            {
                strings[k] = v.Trim();
                continue;
            }
            diagnostics.Add(Diagnostic.Error("LF1006", path, YamlReader.Line(value, 0), YamlReader.Column(value),
                $"the interface string '{(key as YamlScalarNode)?.Value}' must be a non-empty text"));
            ok = false;
        }
        return ok ? strings : null;
    }
}
