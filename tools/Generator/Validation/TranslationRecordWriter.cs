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
        var block = new StringBuilder(FrontMatterReader.TranslatedFromKey + ":");
        // Heading ids may hold letters of any script; quoting keeps every one a plain YAML key.
        foreach (var (id, hash) in sections.OrderBy(s => s.Key, StringComparer.Ordinal))
            block.Append('\n').Append("  ").Append(FrontMatterBlock.Quote(id)).Append(": ").Append(hash);
        return FrontMatterBlock.Replace(text, FrontMatterReader.TranslatedFromKey, block.ToString());
    }
}
