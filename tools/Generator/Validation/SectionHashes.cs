using System.Security.Cryptography;
using System.Text;
using Leaflet.Content;
using Markdig.Syntax;

namespace Leaflet.Validation;

/// <summary>
/// A short hash of each section of an article's Markdown, keyed by the section's heading id, so a
/// translation can record what it was made from and the build can name the sections that changed since.
/// </summary>
public static class SectionHashes
{
    /// <summary>The key of the text before the first heading.</summary>
    public const string Introduction = "_introduction";

    public static IReadOnlyDictionary<string, string> Of(Article article)
    {
        var lines = article.BodyText.Split('\n');
        var headings = article.Body.Descendants<HeadingBlock>().ToList();
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var starts = headings.Select(h => h.Line).Prepend(0).ToList();
        // Keyed by the ids the headings would have on their own, not the page's: a change to the
        // templates' ids must not make every translation look out of date.
        var keys = HeadingIds.Unique(headings.Select(h => InlineText.Of(h.Inline)), new HashSet<string>()).Prepend(Introduction).ToList();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : lines.Length;
            var text = string.Join('\n', lines[starts[i]..end].Select(l => l.TrimEnd())).Trim();
            if (i == 0 && text.Length == 0) continue;
            hashes[keys[i]] = Hash(text);
        }
        return hashes;
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
