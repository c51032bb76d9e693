using Leaflet.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Leaflet.Content;

/// <summary>Parses a YAML mapping keeping each value's position, so every complaint can point at a line.</summary>
public static class YamlReader
{
    /// <param name="lineOffset">Lines before the YAML text in its file (front matter starts after the opening ---).</param>
    public static YamlMappingNode? ReadMapping(string text, string displayPath, int lineOffset, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            if (YamlLimits.Check(text, out var events) is { } refusal)
            {
                diagnostics.Add(Diagnostic.Of(DiagnosticCodes.YamlUnreadable, displayPath, (int)refusal.Start.Line + lineOffset, (int)refusal.Start.Column,
                    $"{refusal.Reason}; a leaflet's YAML needs only a few plain 'key: value' lines"));
                return null;
            }
            stream.Load(events);
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.YamlUnreadable, displayPath, (int)e.Start.Line + lineOffset, (int)e.Start.Column,
                $"the YAML cannot be read: {TrimPosition(reason)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet reports an unclosed flow collection this way rather than as a YamlException, without a position.
            if (UnclosedBracket.Find(text) is { } open)
            {
                diagnostics.Add(Diagnostic.Of(DiagnosticCodes.YamlUnreadable, displayPath, open.Line + lineOffset, open.Column,
                    $"the YAML cannot be read: the '{open.Bracket}' here is never closed; close it, or put the whole value in quotes"));
                return null;
            }
            var lines = text.Split('\n');
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.YamlUnreadable, displayPath, lines.Length + lineOffset, lines[^1].Length + 1,
                "the YAML cannot be read: is a bracket or quote left open?"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.YamlUnreadable, displayPath, lineOffset + 1, 1,
                "expected 'key: value' lines here"));
            return null;
        }
        return mapping;
    }

    public static int Line(YamlNode node, int lineOffset) => (int)node.Start.Line + lineOffset;

    public static int Column(YamlNode node) => (int)node.Start.Column;

    /// <summary>YamlDotNet repeats the position inside its messages; the diagnostic already carries it.</summary>
    private static string TrimPosition(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
