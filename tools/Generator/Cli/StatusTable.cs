using System.Globalization;
using Leaflet.Content;
using Leaflet.Validation;

namespace Leaflet.Cli;

/// <summary>The status table for people: aligned columns, then the counts per state.</summary>
public static class StatusTable
{
    public static void Write(IReadOnlyList<StatusRow> rows, Site site, TextWriter output)
    {
        var header = new[] { "leaflet", "language", "state", "sentences", "words", "words/sentence", "reading ease", "long sentences", "words to avoid" };
        var cells = rows.Select(r => new[]
        {
            r.Leaflet, r.Language, r.State + (r.ChangedSections.Count > 0 ? $" ({string.Join(", ", r.ChangedSections)})" : ""),
            Number(r.Readability?.Sentences), Number(r.Readability?.Words), Number(r.Readability?.WordsPerSentence), Number(r.Readability?.Score),
            Number(r.PlainLanguage?.LongSentences), Number(r.PlainLanguage?.WordsToAvoid),
        }).ToList();
        var widths = header.Select((h, i) => cells.Select(c => c[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        foreach (var row in cells) output.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());

        var counts = rows.GroupBy(r => r.State).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        output.WriteLine();
        output.WriteLine($"{site.Leaflets.Count} leaflets, {site.Languages.Count} languages: {string.Join(", ", counts)}");
    }

    private static string Number(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-";
}
