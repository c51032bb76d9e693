using Leaflet.Content;
using Leaflet.Tests.Support;
using Leaflet.Validation;

namespace Leaflet.Tests.Validation;

/// <summary>
/// Issue 7, readability: sentences, words, words per sentence and a reading-ease score whose
/// coefficients and vowels come from each language's _language.yaml, so the code names no language.
/// </summary>
public sealed class ReadabilityTests
{
    /// <summary>Reads the real content with one more leaflet in a language, and returns it with that language's formula.</summary>
    private static (Article Article, ReadabilityFormula? Formula) Sample(string language, string body)
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent($"{language}/readability-sample.md", Leaflets.Text(body));
        var (site, diagnostics) = RealContentCopy.Load(workspace.ContentRoot);
        Assert.True(site is not null, string.Join("\n", diagnostics));
        var article = site.Leaflets.Single(l => l.Slug == "readability-sample").In(language)!;
        return (article, site.Languages.Single(l => l.Code == language).Readability);
    }

    [Fact]
    public void The_english_flesch_score_of_a_small_text_is_the_one_worked_out_by_hand()
    {
        var (article, formula) = Sample("en", "Drink water often. Rest in a cool room until the fever goes.");

        var report = Readability.Of(article, formula);

        // Sentence 1: Drink(1) wa-ter(2) of-ten(2)                                  = 3 words, 5 syllables
        // Sentence 2: Rest(1) in(1) a(1) cool(1) room(1) un-til(2) the(1) fe-ver(2) goes(1) = 9 words, 11 syllables
        // 2 sentences, 12 words, 16 syllables: 12/2 = 6 words a sentence, 16/12 syllables a word.
        // 206.835 − 1.015 × 6 − 84.6 × 16/12 = 206.835 − 6.09 − 112.8 = 87.945, shown to one decimal: 87.9.
        Assert.Equal(2, report.Sentences);
        Assert.Equal(12, report.Words);
        Assert.Equal(6.0, report.WordsPerSentence);
        Assert.NotNull(report.Score);
        Assert.InRange(report.Score.Value, 87.9, 87.95);
        Assert.Equal("Flesch reading ease", report.Formula);
    }

    [Fact]
    public void The_russian_score_counts_every_vowel_as_a_syllable()
    {
        var (article, formula) = Sample("ru", "Лечение помогает. Пейте воду.");

        var report = Readability.Of(article, formula);

        // Every vowel is a syllable, also two side by side (ни-е, га-ет):
        // Ле-че-ни-е(4) по-мо-га-ет(4) | Пей-те(2) во-ду(2) = 2 sentences, 4 words, 12 syllables.
        // Oborneva: 206.835 − 1.3 × 4/2 − 60.1 × 12/4 = 206.835 − 2.6 − 180.3 = 23.935, shown as 23.9.
        // Counting runs of vowels as one (the English rule) would give 10 syllables and 53.985 instead.
        Assert.Equal(2, report.Sentences);
        Assert.Equal(4, report.Words);
        Assert.Equal(2.0, report.WordsPerSentence);
        Assert.NotNull(report.Score);
        Assert.InRange(report.Score.Value, 23.9, 23.95);
    }

    [Fact]
    public void Without_a_formula_the_counts_are_given_and_the_score_is_not()
    {
        var (article, _) = Sample("ru", "Лечение помогает. Пейте воду.");

        var report = Readability.Of(article, null);

        Assert.Equal(2, report.Sentences);
        Assert.Equal(4, report.Words);
        Assert.Null(report.Score);
        Assert.Null(report.Formula);
    }

    [Fact]
    public void Both_real_languages_read_their_coefficients_from_their_language_file()
    {
        var (site, diagnostics) = RealContentCopy.Load(Repository.Content);
        Assert.True(site is not null, string.Join("\n", diagnostics));
        Assert.Equal(
            new ReadabilityFormula("Flesch reading ease", 206.835, 1.015, 84.6, "aeiouy", CountVowelGroups: true),
            site.Languages.Single(l => l.Code == "en").Readability);
        var russian = site.Languages.Single(l => l.Code == "ru").Readability!;
        Assert.Equal((206.835, 1.3, 60.1, false), (russian.Base, russian.SentenceWeight, russian.SyllableWeight, russian.CountVowelGroups));
    }

    [Theory]
    [InlineData("base")]
    [InlineData("words_per_sentence")]
    [InlineData("syllables_per_word")]
    [InlineData("vowels")]
    public void A_readability_block_missing_a_field_is_LF1004_naming_it(string field)
    {
        using var workspace = RealContentCopy.Create();
        var text = workspace.ReadContent("en/_language.yaml");
        var lines = text.Split('\n').ToList();
        var removed = lines.FindIndex(l => l.StartsWith($"  {field}:", StringComparison.Ordinal));
        Assert.True(removed > 0, $"no '{field}' in the readability block");
        lines.RemoveAt(removed);
        workspace.WriteContent("en/_language.yaml", string.Join('\n', lines));

        var site = workspace.BuildSafely();

        // A field that is not there has no line of its own: the error stands at the readability block.
        var block = RealContentCopy.LineStarting(text, "readability:");
        var error = Assert.Single(site.Result.Diagnostics, d => d.Code == "LF1004");
        var printed = Printed.Parse(error.ToString());
        Assert.Equal("error", printed.Severity);
        Assert.EndsWith("content/en/_language.yaml", printed.Path);
        Assert.InRange(printed.Line, block, block + 1);
        Assert.Contains($"'{field}'", printed.Message);
        Assert.Contains("missing", printed.Message);
        Assert.False(site.Result.Published);
    }

    [Fact]
    public void A_coefficient_that_is_not_a_number_is_LF1004_at_its_value()
    {
        using var workspace = RealContentCopy.Create();
        var text = workspace.Change("ru/_language.yaml", "words_per_sentence: 1.3", "words_per_sentence: 1,3");

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(text, "1,3");
        var printed = Printed.Single(site.Result.Diagnostics, "LF1004", "error", "content/ru/_language.yaml", line, column);
        Assert.Contains("'words_per_sentence' must be a number", printed.Message);
        Assert.False(site.Result.Published);
    }

    [Fact]
    public void An_unknown_way_of_counting_syllables_is_LF1006_at_its_value()
    {
        using var workspace = RealContentCopy.Create();
        var text = workspace.Change("ru/_language.yaml", "syllables: vowels", "syllables: letters");

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(text, "letters");
        Printed.Single(site.Result.Diagnostics, "LF1006", "error", "content/ru/_language.yaml", line, column);
        Assert.False(site.Result.Published);
    }
}
