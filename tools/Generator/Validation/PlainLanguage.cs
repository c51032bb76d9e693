using System.Globalization;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Markdig.Syntax;

namespace Leaflet.Validation;

/// <summary>
/// The language's plain-language limits applied to an article: each sentence longer than the limit
/// and each word to avoid is a warning at its line and column. Sentences end at the end of their
/// block too, so a list item or heading without a full stop is not joined to the next.
/// </summary>
public static class PlainLanguage
{
    public static IReadOnlyList<Diagnostic> Check(Article article, Language language)
    {
        if (language.PlainLanguage is not { } rules || !article.FrontMatter.PlainLanguageChecks) return [];
        var avoid = new AvoidList(rules.Avoid.Select(a => AvoidedWord.Of(a.Word, a.Instead, language.Culture)));
        var lines = new LineIndex(article.BodyText);
        var findings = new List<Diagnostic>();
        foreach (var block in article.Body.Descendants<LeafBlock>().Where(b => b.Inline is not null))
        {
            var positioned = PositionedText.Of(block);
            var text = positioned.Text;
            Diagnostic At(int index, DiagnosticCode code, string message)
            {
                var (line, column) = lines.Position(positioned.Offset(index));
                return Diagnostic.Of(code, article.SourcePath, article.BodyLineOffset + line, column, message);
            }
            foreach (var sentence in TextSpans.Sentences(text))
            {
                var words = TextSpans.Words(text, sentence).ToList();
                if (rules.MaxSentenceWords is { } limit && words.Count > limit)
                    findings.Add(At(words[0].Start, DiagnosticCodes.LongSentence,
                        $"this sentence has {words.Count} words; plain language in {language.Name} ({language.Code}) asks for at most {limit}: split it or say it more simply"));
                if (avoid.IsEmpty) continue;
                var lowered = words.Select(w => w.Of(text).ToLower(language.Culture)).ToList();
                for (var i = 0; i < words.Count; i++)
                    foreach (var word in avoid.At(lowered, i))
                        findings.Add(At(words[i].Start, DiagnosticCodes.WordToAvoid,
                            $"'{string.Join(' ', words.Skip(i).Take(word.Words.Count).Select(w => w.Of(text)))}' is a word to avoid in {language.Name} ({language.Code}); write '{word.Instead}'"));
            }
        }
        return findings;
    }

    /// <summary>The words to avoid, found by their first word; only a single word ending in '*' is tried at every word.</summary>
    private sealed class AvoidList
    {
        private readonly Dictionary<string, List<AvoidedWord>> _byFirstWord = new(StringComparer.Ordinal);
        private readonly List<AvoidedWord> _prefixes = [];

        public AvoidList(IEnumerable<AvoidedWord> words)
        {
            foreach (var word in words.Where(w => w.Words.Count > 0))
            {
                if (word.Prefix && word.Words.Count == 1) _prefixes.Add(word);
                else if (_byFirstWord.TryGetValue(word.Words[0], out var list)) list.Add(word);
                else _byFirstWord[word.Words[0]] = [word];
            }
        }

        public bool IsEmpty => _byFirstWord.Count == 0 && _prefixes.Count == 0;

        public IEnumerable<AvoidedWord> At(IReadOnlyList<string> words, int at)
        {
            var candidates = _byFirstWord.TryGetValue(words[at], out var list) ? list.Concat(_prefixes) : _prefixes;
            return candidates.Where(c => c.MatchesAt(words, at));
        }
    }

    /// <summary>A word or phrase to avoid, lower-cased in the language's culture; a final '*' matches any word it begins.</summary>
    private sealed record AvoidedWord(IReadOnlyList<string> Words, bool Prefix, string Instead)
    {
        public static AvoidedWord Of(string written, string instead, CultureInfo culture)
        {
            var prefix = written.EndsWith('*');
            var text = written.TrimEnd('*').ToLower(culture);
            var words = TextSpans.Words(text, new TextSpan(0, text.Length)).Select(w => w.Of(text)).ToList();
            return new AvoidedWord(words, prefix, instead);
        }

        public bool MatchesAt(IReadOnlyList<string> words, int at)
        {
            if (Words.Count == 0 || at + Words.Count > words.Count) return false;
            for (var i = 0; i < Words.Count; i++)
            {
                var last = i == Words.Count - 1;
                var match = last && Prefix ? words[at + i].StartsWith(Words[i], StringComparison.Ordinal) : words[at + i] == Words[i];
                if (!match) return false;
            }
            return true;
        }
    }

    /// <summary>0-based line and 1-based column of an offset in the body.</summary>
    private sealed class LineIndex(string text)
    {
        private readonly List<int> _starts = Starts(text);

        public (int Line, int Column) Position(int offset)
        {
            var line = _starts.BinarySearch(offset);
            if (line < 0) line = ~line - 1;
            return (line, offset - _starts[line] + 1);
        }

        private static List<int> Starts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
                if (text[i] == '\n') starts.Add(i + 1);
            return starts;
        }
    }
}
