using Leaflet.Tests.Support;

namespace Leaflet.Tests.Site;

/// <summary>
/// Issue 3: the English leaflet keeps every sentence of the source text it was made from
/// (sources/red-dots-on-the-body.en.txt), read back from the built page.
/// </summary>
public sealed class EnglishFidelityTests(RealSiteFixture fixture) : IClassFixture<RealSiteFixture>
{
    private const string Source = "red-dots-on-the-body.en.txt";
    private const string Page = "en/red-dots-on-the-body/index.html";

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
    public void The_source_text_is_where_the_tests_expect_it()
    {
        Assert.True(File.Exists(Repository.SourceText(Source)), $"missing {Repository.SourceText(Source)}");
        Assert.True(Sentences.Of(File.ReadAllText(Repository.SourceText(Source))).Count > 120,
            "the source splits into far fewer sentences than it has; the splitter is wrong");
    }

    [Fact]
    public void Every_sentence_of_the_source_appears_on_the_english_page()
    {
        var text = PageText();
        var missing = Sentences.Of(File.ReadAllText(Repository.SourceText(Source)))
            .Where(sentence => !Appears(sentence, text))
            .ToList();
        Assert.True(missing.Count == 0,
            $"{missing.Count} sentence(s) of {Source} are not on {Page}:\n" + string.Join("\n", missing.Select(s => "  " + s)));
    }

    [Fact]
    public void The_title_and_subtitle_are_the_first_line_of_the_source()
    {
        var firstLine = File.ReadLines(Repository.SourceText(Source)).First();
        var document = fixture.Site.Page(Page);
        var title = document.QuerySelector("article header h1")!.TextContent.Trim();
        var subtitle = document.QuerySelector("article header .subtitle")!.TextContent.Trim();
        Assert.Equal(Sentences.Normalise(firstLine), Sentences.Normalise($"{title}. {subtitle}"));
    }

    /// <summary>
    /// A sentence appears as it is; a heading or title that ends a block may drop its full stop
    /// ("Very small red dots on the body" is the H1 of "Very small red dots on the body.").
    /// </summary>
    private static bool Appears(string sentence, string text) =>
        text.Contains(sentence, StringComparison.Ordinal)
        || (sentence.EndsWith('.') && text.Contains("\n" + sentence[..^1] + "\n", StringComparison.Ordinal));
}
