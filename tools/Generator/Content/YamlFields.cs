using System.Globalization;
using Leaflet.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Leaflet.Content;

/// <summary>Typed access to the scalar fields of one YAML mapping, reporting each wrong or missing field once.</summary>
public sealed class YamlFields(YamlMappingNode mapping, string path, int lineOffset, DiagnosticBag diagnostics)
{
    public YamlMappingNode Mapping => mapping;

    public YamlNode? Node(string key) =>
        mapping.Children.FirstOrDefault(p => p.Key is YamlScalarNode k && k.Value == key).Value;

    public string? RequiredText(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            Report(DiagnosticCodes.FieldInvalid, mapping, $"the required field '{key}' is missing");
            return null;
        }
        return Text(key, node);
    }

    public string? OptionalText(string key)
    {
        var node = Node(key);
        return node is null ? null : Text(key, node);
    }

    /// <summary>A YAML list of texts (<c>[a, b]</c> or one item a line).</summary>
    public IReadOnlyList<string>? OptionalTextList(string key)
    {
        if (Node(key) is not { } node) return null;
        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }))
            return sequence.Children.Select(c => ((YamlScalarNode)c).Value!.Trim()).ToList();
        Report(DiagnosticCodes.FieldInvalid, node, $"'{key}' must be a list of texts, such as [angioma, skin]");
        return null;
    }

    public bool? OptionalBoolean(string key)
    {
        if (Node(key) is not { } node) return null;
        if (node is YamlScalarNode { Value: "true" or "false" } scalar) return scalar.Value == "true";
        Report(DiagnosticCodes.FieldInvalid, node, $"'{key}' must be true or false");
        return null;
    }

    public DateOnly? OptionalDate(string key) => Node(key) is null ? null : RequiredDate(key);

    public double? RequiredNumber(string key)
    {
        if (Node(key) is not { } node)
        {
            Report(DiagnosticCodes.FieldInvalid, mapping, $"the required field '{key}' is missing");
            return null;
        }
        if (node is YamlScalarNode { Value: { } v } && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return number;
        Report(DiagnosticCodes.FieldInvalid, node, $"'{key}' must be a number such as 1.015");
        return null;
    }

    public DateOnly? RequiredDate(string key)
    {
        var text = RequiredText(key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Report(DiagnosticCodes.FieldInvalid, Node(key)!, $"'{key}' must be an ISO 8601 date such as 2026-11-24, not '{text}'");
        return null;
    }

    public void WarnAboutUnknownKeys(IReadOnlyList<string> known, DiagnosticCode code)
    {
        foreach (var (key, _) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || known.Contains(name)) continue;
            var nearest = known.MinBy(k => EditDistance.Between(k, name))!;
            var hint = EditDistance.Between(nearest, name) <= 3 ? $"; did you mean '{nearest}'?" : "";
            diagnostics.Add(Diagnostic.Of(code, path, YamlReader.Line(key, lineOffset), YamlReader.Column(key),
                $"unknown field '{name}'{hint}"));
        }
    }

    private string? Text(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0) return value.Trim();
        Report(DiagnosticCodes.FieldInvalid, node, $"'{key}' must be a non-empty text");
        return null;
    }

    private void Report(DiagnosticCode code, YamlNode node, string message) =>
        diagnostics.Add(Diagnostic.Of(code, path, YamlReader.Line(node, lineOffset), YamlReader.Column(node), message));
}
