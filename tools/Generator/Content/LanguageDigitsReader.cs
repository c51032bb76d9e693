using System.Globalization;
using Leaflet.Diagnostics;

namespace Leaflet.Content;

/// <summary>Reads <c>digits:</c> of a <c>_language.yaml</c>: latin (the default) or native; anything else is LF1050 at its line.</summary>
public static class LanguageDigitsReader
{
    public static Digits? Read(YamlFields fields, CultureInfo? culture, string path, DiagnosticBag diagnostics)
    {
        var value = fields.OptionalText("digits");
        if (value is null or "latin") return Digits.Latin;
        var node = fields.Node("digits")!;
        if (value != "native")
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.DigitsInvalid, path, YamlReader.Line(node, 0), YamlReader.Column(node),
                $"'digits' must be latin (0123456789) or native (the culture's own digits), not '{value}'"));
            return null;
        }
        if (culture is null) return null;
        var native = Digits.NativeTo(culture);
        if (native.AreLatin)
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.DigitsSameAsLatin, path, YamlReader.Line(node, 0), YamlReader.Column(node),
                $"the native digits of {culture.Name} are 0123456789, the same as latin; 'digits: native' changes nothing"));
        return native;
    }
}
