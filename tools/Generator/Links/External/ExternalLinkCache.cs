using System.Text.Json;

namespace Leaflet.Links.External;

/// <summary>
/// Online results from earlier runs, in one JSON file in the cache folder, so a build
/// does not ask every server again each time. Each entry carries the time it was checked.
/// No answer at all is never cached: that is usually the network, not the link.
/// </summary>
internal sealed class ExternalLinkCache
{
    public const string FileName = "external-links.json";

    private static JsonSerializerOptions Json => new() { WriteIndented = true };

    private readonly SortedDictionary<string, ExternalResult> _entries;

    private ExternalLinkCache(SortedDictionary<string, ExternalResult> entries) => _entries = entries;

    public static ExternalLinkCache Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        try
        {
            var entries = File.Exists(path)
                ? JsonSerializer.Deserialize<Dictionary<string, ExternalResult>>(File.ReadAllText(path), Json)
                : null;
            return new ExternalLinkCache(new SortedDictionary<string, ExternalResult>(entries ?? [], StringComparer.Ordinal));
        }
        catch (JsonException)
        {
            // A damaged cache costs one slower run, never a failed one.
            return new ExternalLinkCache(new SortedDictionary<string, ExternalResult>(StringComparer.Ordinal));
        }
    }

    public ExternalResult? Fresh(string url, DateTimeOffset now, TimeSpan lifetime) =>
        _entries.TryGetValue(url, out var entry) && entry.Answered && now - entry.CheckedAt < lifetime ? entry : null;

    public void Put(string url, ExternalResult result)
    {
        if (result.Answered) _entries[url] = result;
    }

    /// <summary>Written beside and then moved over the old file, so an interrupted run leaves a whole cache.</summary>
    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(_entries, Json));
        File.Move(temporary, path, overwrite: true);
    }
}
