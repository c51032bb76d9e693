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
            r.Leaflet, r.Language, r.State + (r.ChangedSections.Count > 0 ? $" ({string.Join(", ", r.ChangedSections)})" : "") + (r.Draft ? " [draft]" : ""),
            Number(r.Readability?.Sentences), Number(r.Readability?.Words), Number(r.Readability?.WordsPerSentence), Number(r.Readability?.Score),
            Number(r.PlainLanguage?.LongSentences), Number(r.PlainLanguage?.WordsToAvoid),
        }).ToList();
        var widths = header.Select((h, i) => cells.Select(c => c[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        foreach (var row in cells) output.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        WriteOpenQuestions(rows, output);

        var counts = rows.GroupBy(r => r.State).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        var drafts = rows.Count(r => r.Draft) is var d and > 0 ? $"; {Counted.Of(d, "draft")}" : "";
        output.WriteLine();
        output.WriteLine($"{Counted.Of(site.Leaflets.Count, "leaflet")}, {Counted.Of(site.Languages.Count, "language")}: {string.Join(", ", counts)}{drafts}");
    }

    /// <summary>Each open clinical question at its passage, as the build warns about it.</summary>
    private static void WriteOpenQuestions(IReadOnlyList<StatusRow> rows, TextWriter output)
    {
        var open = rows.SelectMany(r => r.OpenQuestions.Select(q => (Row: r, Question: q))).ToList();
        if (open.Count == 0) return;
        output.WriteLine();
        output.WriteLine($"Open clinical questions: {open.Count} ('build --strict' fails until a reviewer closes them)");
        foreach (var (row, q) in open)
            output.WriteLine($"  {q.File}({q.Line},{q.Column}): {row.Leaflet} ({row.Language}){(q.Found ? "" : ", passage not found")}: \"{q.Passage}\" {q.Question}");
    }

    private static string Number(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "–";
}
