using System.Text;

namespace Leaflet.ServeLatency;

/// <summary>One-sentence edits of articles in the default language folder (the first in name order), undone at the end.</summary>
public sealed class Edits(string content)
{
    private readonly Dictionary<string, string> _originals = new(StringComparer.Ordinal);
    private readonly string[] _files = Directory.GetDirectories(content).Order(StringComparer.Ordinal)
        .Select(folder => Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToArray())
        .First(files => files.Length > 0);

    /// <summary>A different article each time, spread over the corpus.</summary>
    public string Pick(int run) => _files[(run * 97 + 5) % _files.Length];

    public void Change(string file, int run)
    {
        var text = _originals.TryGetValue(file, out var original) ? original : _originals[file] = File.ReadAllText(file);
        var body = text.IndexOf("\n---", 4, StringComparison.Ordinal) + 4;
        var line = text.IndexOf("\n\n", body, StringComparison.Ordinal) + 2;
        var end = text.IndexOf('\n', line);
        File.WriteAllText(file, text[..end] + $" Edited for run {run}." + text[end..], new UTF8Encoding(false));
    }

    public void Restore()
    {
        foreach (var (file, text) in _originals) File.WriteAllText(file, text, new UTF8Encoding(false));
    }
}
