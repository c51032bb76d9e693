using Leaflet.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Leaflet.Tests.Site;

/// <summary>
/// The English leaflet is a plain-English edition of a source text (sources/red-dots-on-the-body.en.txt).
/// Its alignment record maps every source sentence to the edition's sentences that carry it, and
/// those sentences are read back from the built page, so no claim of the source is lost unseen and
/// nothing is on the page that the record does not account for.
/// </summary>
public sealed class EditionAlignmentTests(RealSiteFixture fixture) : IClassFixture<RealSiteFixture>
{
    private const string Source = "red-dots-on-the-body.en.txt";
    private const string Record = "red-dots-on-the-body.alignment.yaml";
    private const string Page = "en/red-dots-on-the-body/index.html";

    private static IReadOnlyList<string> SourceSentences() => Sentences.Of(File.ReadAllText(Repository.SourceText(Source)));

    private static Alignment Aligned() => Alignment.Read(Repository.SourceText(Record));

    /// <summary>The title (H1), subtitle and body, one block a line, in the comparable form.</summary>
    private string PageText()
    {
        var document = fixture.Site.Page(Page);
        var parts = new[] { "article header h1", "article header .subtitle", "article .leaflet-body" }
            .Select(selector => document.QuerySelector(selector))
            .OfType<AngleSharp.Dom.IElement>()
            .ToArray();
        Assert.Equal(3, parts.Length);
        return "\n" + Sentences.Normalise(Support.PageText.Of(parts)) + "\n";
    }

    [Fact]
    public void The_source_text_and_its_alignment_record_are_where_the_tests_expect_them()
    {
        Assert.True(File.Exists(Repository.SourceText(Source)), $"missing {Repository.SourceText(Source)}");
        Assert.True(File.Exists(Repository.SourceText(Record)), $"missing {Repository.SourceText(Record)}");
        Assert.True(SourceSentences().Count > 120, "the source splits into far fewer sentences than it has; the splitter is wrong");
    }

    [Fact]
    public void Every_sentence_of_the_source_is_aligned_in_order_and_nothing_else_is()
    {
        var source = SourceSentences();
        var aligned = Aligned().Sentences.Select(s => Sentences.Normalise(s.Source)).ToList();
        var missing = source.Except(aligned).ToList();
        var foreign = aligned.Except(source).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} sentence(s) of {Source} are not in {Record}:\n" + Lines(missing));
        Assert.True(foreign.Count == 0, $"{foreign.Count} sentence(s) of {Record} are not in {Source}:\n" + Lines(foreign));
        Assert.Equal(source, aligned);
    }

    [Fact]
    public void Every_source_sentence_is_carried_by_at_least_one_sentence_of_the_edition()
    {
        var bare = Aligned().Sentences.Where(s => !s.Edition.Any(e => e.Trim().Length > 0)).Select(s => s.Source).ToList();
        Assert.True(bare.Count == 0, $"{bare.Count} source sentence(s) have no edition sentence in {Record}:\n" + Lines(bare));
    }

    [Fact]
    public void Every_aligned_sentence_of_the_edition_is_on_the_english_page()
    {
        var text = PageText();
        var missing = Aligned().Sentences.SelectMany(s => s.Edition).Concat(Aligned().Additions)
            .Select(Sentences.Normalise)
            .Where(sentence => !Appears(sentence, text))
            .ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} sentence(s) of {Record} are not on {Page}:\n" + Lines(missing));
    }

    [Fact]
    public void Nothing_on_the_english_page_is_missing_from_the_alignment_record()
    {
        var text = PageText();
        foreach (var sentence in Aligned().Sentences.SelectMany(s => s.Edition).Concat(Aligned().Additions)
                     .Select(Sentences.Normalise).Where(s => s.Length > 0).OrderByDescending(s => s.Length))
            text = text.Replace(sentence, "\n", StringComparison.Ordinal);
        var left = text.Split('\n').Select(l => l.Trim()).Where(l => l.Any(char.IsLetterOrDigit)).ToList();
        Assert.True(left.Count == 0, $"text on {Page} that {Record} does not account for:\n" + Lines(left));
    }

    [Fact]
    public void Every_clinical_question_quotes_a_source_sentence_and_the_edition_sentence_aligned_with_it()
    {
        var pairs = Aligned().Sentences
            .SelectMany(s => s.Edition.Select(e => (Source: Sentences.Normalise(s.Source), Edition: Sentences.Normalise(e))))
            .ToHashSet();
        var questions = ClinicalQuestions();
        Assert.NotEmpty(questions);
        var unaligned = questions.Where(q => !pairs.Contains((Sentences.Normalise(q.Source), Sentences.Normalise(q.Passage)))).ToList();
        Assert.True(unaligned.Count == 0, $"clinical questions whose passage does not carry their source sentence in {Record}:\n"
            + Lines(unaligned.Select(q => $"{q.Passage} <- {q.Source}")));
    }

    /// <summary>The passage and source of each clinical question in the English leaflet's front matter.</summary>
    private static IReadOnlyList<(string Passage, string Source)> ClinicalQuestions()
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Content, "en", "red-dots-on-the-body.md"));
        var end = Array.IndexOf(lines, "---", 1);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(string.Join("\n", lines[1..end])));
        var front = (YamlMappingNode)yaml.Documents[0].RootNode;
        if (!front.Children.TryGetValue("clinical_questions", out var node)) return [];
        return ((YamlSequenceNode)node).Children
            .Cast<YamlMappingNode>()
            .Select(q => (Scalar(q, "passage"), Scalar(q, "source")))
            .ToList();
    }

    private static string Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value ?? "" : "";

    /// <summary>A heading or title may be quoted with the full stop the source gave it.</summary>
    private static bool Appears(string sentence, string text) =>
        text.Contains(sentence, StringComparison.Ordinal)
        || (sentence.EndsWith('.') && text.Contains("\n" + sentence[..^1] + "\n", StringComparison.Ordinal));

    private static string Lines(IEnumerable<string> lines) => string.Join("\n", lines.Select(l => "  " + l));
}
