using System.Globalization;
using System.Text;
using Leaflet.Content;
using Markdig.Syntax;

namespace Leaflet.Validation;

public sealed record ReadabilityReport(int Sentences, int Words, double WordsPerSentence, double? Score, string? Formula);

/// <summary>
/// Counts sentences, words and syllables in the running text of an article and applies the
/// language's own formula. A guide for translators, not a gate: the formulas were made for
/// general prose, not medical leaflets.
/// </summary>
public static class Readability
{
    public static ReadabilityReport Of(Article article, ReadabilityFormula? formula)
    {
        var text = RunningText(article);
        var sentences = 0;
        var words = 0;
        var syllables = 0;
        foreach (var sentence in TextSpans.Sentences(text))
        {
            var sentenceWords = TextSpans.Words(text, sentence).Select(w => w.Of(text)).ToList();
            if (sentenceWords.Count == 0) continue;
            sentences++;
            words += sentenceWords.Count;
            if (formula is not null) syllables += sentenceWords.Sum(w => Syllables(w, formula));
        }
        var perSentence = sentences == 0 ? 0 : (double)words / sentences;
        double? score = formula is null || words == 0
            ? null
            : formula.Base - formula.SentenceWeight * perSentence - formula.SyllableWeight * syllables / words;
        return new ReadabilityReport(sentences, words, Math.Round(perSentence, 1), score is { } s ? Math.Round(s, 1) : null, formula?.Name);
    }

    private static string RunningText(Article article)
    {
        var text = new StringBuilder();
        foreach (var leaf in article.Body.Descendants<LeafBlock>())
            if (leaf.Inline is not null) text.Append(InlineText.Of(leaf.Inline)).Append(leaf is HeadingBlock ? ". " : " ");
        return text.ToString();
    }

    private static int Syllables(string word, ReadabilityFormula formula)
    {
        var count = 0;
        var previousVowel = false;
        foreach (var c in word.ToLower(CultureInfo.InvariantCulture))
        {
            var vowel = formula.Vowels.Contains(c);
            if (vowel && (!formula.CountVowelGroups || !previousVowel)) count++;
            previousVowel = vowel;
        }
        return Math.Max(count, 1);
    }
}
