namespace Leaflet.Validation;

/// <summary>
/// Replaces one top-level key of an article's front matter (its line and the indented lines under it)
/// with a new block at the end of the front matter, leaving every other line as written.
/// </summary>
public static class FrontMatterBlock
{
    public static string Replace(string text, string key, string block)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        var close = lines.FindIndex(1, l => l.TrimEnd() == "---");
        var start = lines.FindIndex(0, close, l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (start >= 0)
        {
            var end = start + 1;
            while (end < close && (lines[end].StartsWith(' ') || lines[end].StartsWith('\t'))) end++;
            lines.RemoveRange(start, end - start);
            close -= end - start;
        }
        lines.Insert(close, block);
        return string.Join(newline, lines.SelectMany(l => l.Split('\n')));
    }

    /// <summary>A YAML double-quoted scalar: any text stays text (1.10 is not read as a number).</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
