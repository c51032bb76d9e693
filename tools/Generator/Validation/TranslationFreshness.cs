using Leaflet.Content;
using Leaflet.Diagnostics;

namespace Leaflet.Validation;

public enum Freshness
{
    UpToDate,
    OutOfDate,
    Unrecorded,
}

/// <summary>Compares the section hashes a translation recorded with the source article as it is now.</summary>
public static class TranslationFreshness
{
    public static (Freshness State, IReadOnlyList<string> Changed) Of(Article source, Article translation)
    {
        if (translation.FrontMatter.TranslatedFrom is not { } record) return (Freshness.Unrecorded, []);
        var now = SectionHashes.Of(source);
        var changed = now.Keys.Union(record.Sections.Keys)
            .Where(k => now.GetValueOrDefault(k) != record.Sections.GetValueOrDefault(k))
            .Order(StringComparer.Ordinal)
            .ToList();
        return (changed.Count == 0 ? Freshness.UpToDate : Freshness.OutOfDate, changed);
    }

    public static Diagnostic? Check(Article source, Article translation)
    {
        var (state, changed) = Of(source, translation);
        var line = translation.FrontMatter.TranslatedFrom?.Line ?? 1;
        return state switch
        {
            Freshness.OutOfDate => Diagnostic.Of(DiagnosticCodes.TranslationOutOfDate, translation.SourcePath, line, 1,
                $"the translation is out of date: {source.SourcePath} changed in {Describe(changed)} since it was translated; " +
                $"update the translation, then run 'leaflet translated {translation.SourcePath}'"),
            Freshness.Unrecorded => Diagnostic.Of(DiagnosticCodes.TranslationUnrecorded, translation.SourcePath, 1, 1,
                $"the translation does not record what it was translated from; when it matches {source.SourcePath}, run 'leaflet translated {translation.SourcePath}'"),
            _ => null,
        };
    }

    private static string Describe(IReadOnlyList<string> sections) =>
        string.Join(", ", sections.Select(s => s == SectionHashes.Introduction ? "the introduction" : $"section '#{s}'"));
}
