namespace Leaflet.Tests.Support;

/// <summary>Writes small leaflets for tests that need one more article than a fixture has.</summary>
public static class Leaflets
{
    /// <summary>A leaflet file: valid front matter (with any field replaced or added), then the body.</summary>
    public static string Text(string body, string title = "A test leaflet", IReadOnlyDictionary<string, string>? fields = null)
    {
        var front = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = Quote(title),
            ["description"] = "A leaflet written by a test, long enough to be a description.",
            ["published"] = "2026-11-24",
            ["last_reviewed"] = "2026-11-24",
            ["next_review"] = "2027-11-24",
        };
        foreach (var (key, value) in fields ?? new Dictionary<string, string>()) front[key] = value;
        return "---\n" + string.Join("", front.Select(f => $"{f.Key}: {f.Value}\n")) + "---\n\n" + body.TrimStart('\n');
    }

    /// <summary>A YAML double-quoted scalar, so any text survives as it is.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
