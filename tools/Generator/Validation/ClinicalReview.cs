using Leaflet.Content;
using Leaflet.Diagnostics;

namespace Leaflet.Validation;

/// <summary>An open clinical question, placed at its passage in the file, or at the question itself when the passage is not found.</summary>
/// <param name="Found">Whether the article's text holds the passage.</param>
public sealed record OpenQuestion(string Passage, string Question, string File, int Line, int Column, bool Found);

/// <summary>
/// Keeps unreviewed claims visible: each open question is a warning at the passage it asks about, so
/// <c>--strict</c> fails until a reviewer closes it in the file. A closed question says nothing, and
/// its passage is not looked for: the decision may well have rewritten it.
/// </summary>
public static class ClinicalReview
{
    public static IReadOnlyList<OpenQuestion> Open(Article article)
    {
        var open = article.FrontMatter.ClinicalQuestions.Where(q => q.Open).ToList();
        if (open.Count == 0) return [];
        var text = ReadingText.Of(article);
        return open.Select(q => text.Find(q.Passage) is { } at
                ? new OpenQuestion(q.Passage, q.Question, article.SourcePath, at.Line, at.Column, Found: true)
                : new OpenQuestion(q.Passage, q.Question, article.SourcePath, q.Line, q.Column, Found: false))
            .ToList();
    }

    /// <summary>
    /// A passage that is not in the text is an error: the question no longer says which words a
    /// reviewer is asked about, because the quotation has a typing mistake or the text changed under
    /// an unanswered question; either way the reviewer must see the words as published.
    /// </summary>
    public static IEnumerable<Diagnostic> Check(Article article) =>
        Open(article).Select(q => q.Found
            ? Diagnostic.Of(DiagnosticCodes.ClinicalQuestionOpen, q.File, q.Line, q.Column,
                $"a clinical question is open about this passage: {q.Question} (close it in '{ClinicalQuestionReader.Key}' with status: closed, closed_by, closed_on and decision)")
            : Diagnostic.Of(DiagnosticCodes.ClinicalPassageMissing, q.File, q.Line, q.Column,
                $"the passage of this open clinical question is not in the article's text: \"{Shorten(q.Passage)}\"; quote the text as a reader sees it"));

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
