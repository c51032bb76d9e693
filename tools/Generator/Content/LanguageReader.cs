using System.Globalization;
using Leaflet.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Leaflet.Content;

/// <summary>Reads content/&lt;code&gt;/_language.yaml: the language's own name, culture, direction, digits, interface strings, readability formula, PDF fonts and line breaking.</summary>
public static class LanguageReader
{
    public const string FileName = "_language.yaml";

    private static readonly IReadOnlyList<string> KnownKeys = ["name", "culture", "direction", "strings", "readability", "fonts", "plain_language", "line_breaking", "digits"];

    public static Language? Read(string code, string path, string displayPath, DiagnosticBag diagnostics)
    {
        var text = ContentFile.Read(path, displayPath, diagnostics);
        if (text is null) return null;
        var mapping = YamlReader.ReadMapping(text, displayPath, lineOffset: 0, diagnostics);
        if (mapping is null) return null;

        var fields = new YamlFields(mapping, displayPath, 0, diagnostics);
        fields.WarnAboutUnknownKeys(KnownKeys, DiagnosticCodes.UnknownField);
        var name = fields.RequiredText("name");
        var culture = ReadCulture(fields, displayPath, diagnostics);
        var direction = ReadDirection(fields, displayPath, diagnostics);
        var digits = LanguageDigitsReader.Read(fields, culture, displayPath, diagnostics);
        var strings = ReadStrings(fields, displayPath, diagnostics);
        var readability = ReadReadability(fields, displayPath, diagnostics);
        var contentRoot = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path)))!;
        var fonts = LanguageFontsReader.Read(fields, contentRoot, displayPath, diagnostics);
        var plainLanguage = PlainLanguageReader.Read(fields, displayPath, diagnostics);
        var lineBreaking = LanguageLineBreakingReader.Read(fields, displayPath, diagnostics);
        if (name is null || culture is null || direction is null || strings is null || fonts is null || lineBreaking is null || digits is null) return null;
        return new Language(code, name, culture, direction, strings, readability, displayPath)
        {
            Fonts = fonts,
            PlainLanguage = plainLanguage,
            LineBreaking = lineBreaking,
            Digits = digits,
        };
    }

    private static readonly IReadOnlyList<string> ReadabilityKeys = ["formula", "base", "words_per_sentence", "syllables_per_word", "vowels", "syllables"];

    /// <summary>Optional: a language without a formula gets counts in <c>leaflet status</c> but no score.</summary>
    private static ReadabilityFormula? ReadReadability(YamlFields fields, string path, DiagnosticBag diagnostics)
    {
        if (fields.Node("readability") is not YamlMappingNode mapping) return null;
        var formula = new YamlFields(mapping, path, 0, diagnostics);
        formula.WarnAboutUnknownKeys(ReadabilityKeys, DiagnosticCodes.UnknownField);
        var name = formula.RequiredText("formula");
        var baseScore = formula.RequiredNumber("base");
        var sentenceWeight = formula.RequiredNumber("words_per_sentence");
        var syllableWeight = formula.RequiredNumber("syllables_per_word");
        var vowels = formula.RequiredText("vowels");
        var syllables = formula.OptionalText("syllables") ?? "vowel_groups";
        if (syllables is not ("vowel_groups" or "vowels"))
        {
            var node = formula.Node("syllables")!;
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.LanguageInvalid, path, YamlReader.Line(node, 0), YamlReader.Column(node),
                "'syllables' must be vowel_groups (a run of vowels is one syllable) or vowels (each vowel is one)"));
            return null;
        }
        if (name is null || baseScore is null || sentenceWeight is null || syllableWeight is null || vowels is null) return null;
        return new ReadabilityFormula(name, baseScore.Value, sentenceWeight.Value, syllableWeight.Value, vowels, syllables == "vowel_groups");
    }

    private static CultureInfo? ReadCulture(YamlFields fields, string path, DiagnosticBag diagnostics)
    {
        var name = fields.RequiredText("culture");
        if (name is null) return null;
        try
        {
            var culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            if (!culture.IsNeutralCulture && culture.Name.Length > 0) return DateFormats.InGregorianCalendar(culture);
        }
        catch (CultureNotFoundException)
        {
        }
        var node = fields.Node("culture")!;
        diagnostics.Add(Diagnostic.Of(DiagnosticCodes.LanguageInvalid, path, YamlReader.Line(node, 0), YamlReader.Column(node),
            $"'{name}' is not a known culture with a region; write one such as the culture of a country's language (language-REGION)"));
        return null;
    }

    private static string? ReadDirection(YamlFields fields, string path, DiagnosticBag diagnostics)
    {
        var direction = fields.RequiredText("direction");
        if (direction is null or "ltr" or "rtl") return direction;
        var node = fields.Node("direction")!;
        diagnostics.Add(Diagnostic.Of(DiagnosticCodes.LanguageInvalid, path, YamlReader.Line(node, 0), YamlReader.Column(node),
            $"'direction' must be ltr or rtl, not '{direction}'"));
        return null;
    }

    private static IReadOnlyDictionary<string, string>? ReadStrings(YamlFields fields, string path, DiagnosticBag diagnostics)
    {
        if (fields.Node("strings") is not YamlMappingNode mapping)
        {
            var at = fields.Node("strings") ?? fields.Mapping;
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.LanguageInvalid, path, YamlReader.Line(at, 0), YamlReader.Column(at),
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
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.LanguageInvalid, path, YamlReader.Line(value, 0), YamlReader.Column(value),
                $"the interface string '{(key as YamlScalarNode)?.Value}' must be a non-empty text"));
            ok = false;
        }
        return ok ? strings : null;
    }
}
