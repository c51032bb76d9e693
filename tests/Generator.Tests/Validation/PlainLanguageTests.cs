using System.Text.Json;
using Leaflet.Cli;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Validation;

/// <summary>
/// Each language's plain-language limits (content/&lt;lang&gt;/_language.yaml): a sentence over the word
/// limit and a word to avoid are warnings at their line and column, counted by <c>leaflet status</c>,
/// and a leaflet can turn them off.
/// </summary>
public sealed class PlainLanguageTests
{
    private const string Sample = "en/plain-sample.md";

    /// <summary>21 words.</summary>
    private const string LongSentence = "When you find a new red dot on your skin, ask your doctor or your nurse to look at it soon.";

    /// <summary>20 words: at the English limit, not over it.</summary>
    private const string SentenceAtLimit = "When you find a new red dot on your skin, ask your doctor or nurse to look at it soon.";

    private static IReadOnlyList<Printed> Findings(BuiltSite site, string code, string file) =>
        site.Result.Diagnostics.Where(d => d.Code == code && d.File.EndsWith(file, StringComparison.Ordinal)).Select(d => Printed.Parse(d.ToString())).ToList();

    [Fact]
    public void A_sentence_over_the_english_limit_is_LF1101_at_its_first_word_and_one_at_the_limit_is_not()
    {
        using var workspace = RealContentCopy.Create();
        var text = Leaflets.Text($"Red dots are common. {LongSentence}\n\n{SentenceAtLimit}\n");
        workspace.WriteContent(Sample, text);

        var site = workspace.BuildSafely().AssertPublished();

        var finding = Assert.Single(Findings(site, "LF1101", Sample));
        Assert.Equal(("warning", TextPosition.Of(text, "When you find a new red dot on your skin, ask your doctor or your")),
            (finding.Severity, (finding.Line, finding.Column)));
        Assert.Contains("has 21 words", finding.Message);
        Assert.Contains("at most 20", finding.Message);
    }

    [Fact]
    public void A_word_to_avoid_is_LF1102_at_the_word_inside_emphasis_or_a_link_with_the_plainer_word()
    {
        using var workspace = RealContentCopy.Create();
        var text = Leaflets.Text("The dot is a *small* growth.\nIt is a harmless **Neoplasm**, not a\n[pathology](https://example.org/) at all.\n");
        workspace.WriteContent(Sample, text);

        var site = workspace.BuildSafely().AssertPublished();

        var findings = Findings(site, "LF1102", Sample);
        Assert.Equal([TextPosition.Of(text, "Neoplasm"), TextPosition.Of(text, "pathology")], findings.Select(f => (f.Line, f.Column)));
        Assert.Equal("'Neoplasm' is a word to avoid in English (en); write 'growth'", findings[0].Message);
        Assert.EndsWith("write 'condition'", findings[1].Message);
        Assert.All(findings, f => Assert.Equal("warning", f.Severity));
    }

    [Fact]
    public void A_phrase_to_avoid_is_found_across_a_line_break_and_a_starred_word_matches_every_ending()
    {
        using var workspace = RealContentCopy.Create();
        var text = Leaflets.Text("Wash the skin in\norder to clean it. Ask about neoplasms. A neoplasm is a growth.\n");
        workspace.WriteContent(Sample, text);

        var site = workspace.BuildSafely().AssertPublished();

        var findings = Findings(site, "LF1102", Sample);
        Assert.Equal([TextPosition.Of(text, "in\norder"), TextPosition.Of(text, "neoplasms"), TextPosition.Of(text, "neoplasm is")],
            findings.Select(f => (f.Line, f.Column)));
        Assert.StartsWith("'in order to' is a word to avoid", findings[0].Message);
    }

    [Fact]
    public void The_russian_list_matches_inflected_forms_at_their_place()
    {
        using var workspace = RealContentCopy.Create();
        var text = Leaflets.Text("Такие новообразования безопасны. Это не патологии кожи.\n", "Проба");
        workspace.WriteContent("ru/plain-sample.md", text);

        var site = workspace.BuildSafely().AssertPublished();

        var findings = Findings(site, "LF1102", "ru/plain-sample.md");
        Assert.Equal([TextPosition.Of(text, "новообразования"), TextPosition.Of(text, "патологии")], findings.Select(f => (f.Line, f.Column)));
        Assert.EndsWith("write 'образование на коже'", findings[0].Message);
    }

    [Fact]
    public void Plain_language_false_silences_both_checks_for_that_leaflet_only()
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent(Sample, Leaflets.Text($"A neoplasm. {LongSentence}\n", fields: new Dictionary<string, string> { ["plain_language"] = "false" }));
        workspace.WriteContent("en/other-sample.md", Leaflets.Text($"A neoplasm. {LongSentence}\n", "Another test leaflet"));

        var site = workspace.BuildSafely().AssertPublished();

        Assert.Empty(Findings(site, "LF1101", Sample).Concat(Findings(site, "LF1102", Sample)));
        Assert.Single(Findings(site, "LF1101", "en/other-sample.md"));
        Assert.Single(Findings(site, "LF1102", "en/other-sample.md"));
    }

    [Fact]
    public void A_language_without_a_readability_formula_is_checked_and_a_list_item_ends_its_sentence()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.Change("en/_language.yaml", "strings:\n", "plain_language:\n  max_sentence_words: 6\n  avoid: { burn victim: person with a burn }\nstrings:\n");
        var items = string.Concat(Enumerable.Range(1, 4).Select(i => $"- cool the burn under water {i}\n"));
        var text = Leaflets.Text($"{items}\nA burn victim should cool the burn under running water.\n");
        workspace.WriteContent("en/sample.md", text);

        var site = workspace.BuildSafely().AssertPublished();

        var sentence = Assert.Single(Findings(site, "LF1101", "en/sample.md"));
        Assert.Equal(TextPosition.Of(text, "A burn victim"), (sentence.Line, sentence.Column));
        var phrase = Assert.Single(Findings(site, "LF1102", "en/sample.md"));
        Assert.Equal(TextPosition.Of(text, "burn victim"), (phrase.Line, phrase.Column));
    }

    [Fact]
    public void A_malformed_limit_is_an_LF1006_error_at_its_line()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = workspace.Change("en/_language.yaml", "strings:\n", "plain_language:\n  max_sentence_words: twenty\nstrings:\n");

        var site = workspace.BuildSafely();

        var printed = Printed.Single(site.Result.Diagnostics, "LF1006", "error", "content/en/_language.yaml", TextPosition.Of(text, "twenty").Line,
            TextPosition.Of(text, "twenty").Column);
        Assert.Contains("max_sentence_words", printed.Message);
    }

    [Fact]
    public void Status_counts_the_warnings_the_build_gives_for_each_real_article()
    {
        using var workspace = RealContentCopy.Create();
        var site = workspace.BuildSafely().AssertPublished();
        var output = new StringWriter();
        Assert.Equal(0, StatusCommand.Run(["--content", workspace.ContentRoot, "--json"], output, new StringWriter()));

        using var json = JsonDocument.Parse(output.ToString());
        foreach (var row in json.RootElement.EnumerateArray())
        {
            var file = row.GetProperty("file").GetString()!;
            var plain = row.GetProperty("plain_language");
            Assert.Equal(Findings(site, "LF1101", file).Count, plain.GetProperty("long_sentences").GetInt32());
            Assert.Equal(Findings(site, "LF1102", file).Count, plain.GetProperty("words_to_avoid").GetInt32());
            Assert.Equal("DERM-014", row.GetProperty("code").GetString());
            Assert.Equal("1.0", row.GetProperty("version").GetString());
        }
    }
}
