using System.Text;
using Leaflet.Content;

namespace Leaflet.Validation;

/// <summary>
/// Writes a translation's <c>translated_from</c> block into its front matter, replacing any earlier
/// one and leaving every other line as the translator wrote it.
/// </summary>
public static class TranslationRecordWriter
{
    public static string Write(string text, IReadOnlyDictionary<string, string> sections)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        var close = lines.FindIndex(1, l => l.TrimEnd() == "---");
        var key = FrontMatterReader.TranslatedFromKey + ":";

        var start = lines.FindIndex(0, close, l => l.StartsWith(key, StringComparison.Ordinal));
        if (start >= 0)
        {
            var end = start + 1;
            while (end < close && (lines[end].StartsWith(' ') || lines[end].StartsWith('\t'))) end++;
            lines.RemoveRange(start, end - start);
            close -= end - start;
        }

        var block = new StringBuilder(key);
        foreach (var (id, hash) in sections.OrderBy(s => s.Key, StringComparer.Ordinal))
            block.Append('\n').Append("  ").Append(Quote(id)).Append(": ").Append(hash);
        lines.Insert(close, block.ToString());
        return string.Join(newline, lines.SelectMany(l => l.Split('\n')));
    }

    /// <summary>Heading ids may hold letters of any script; quoting keeps every one a plain YAML key.</summary>
    private static string Quote(string id) => "\"" + id.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
