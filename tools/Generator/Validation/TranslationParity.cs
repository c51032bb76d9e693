using Leaflet.Content;
using Leaflet.Diagnostics;

namespace Leaflet.Validation;

/// <summary>
/// Compares each translation's skeleton with the default-language article and reports the first
/// place they part, naming both files, since one early difference shifts everything after it.
/// </summary>
public static class TranslationParity
{
    /// <returns>The first difference, or null when the skeletons match.</returns>
    public static Diagnostic? Compare(Article source, Article translation, string contentRoot)
    {
        var expected = ArticleSkeleton.Of(source, contentRoot);
        var actual = ArticleSkeleton.Of(translation, contentRoot);
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var want = i < expected.Count ? expected[i] : null;
            var have = i < actual.Count ? actual[i] : null;
            if (want is not null && have is not null && want.Matches(have)) continue;

            var (line, column) = have is not null ? (have.Line, have.Column) : (0, 0);
            var here = have?.Describe() ?? "the end of the article";
            var there = want is null ? $"nothing more in {source.SourcePath}" : $"{want.Describe()} in {source.SourcePath}({want.Line},{want.Column})";
            return Diagnostic.Of(DiagnosticCodes.TranslationStructure, translation.SourcePath, line, column, $"{here} here, {there}");
        }
        return null;
    }
}
