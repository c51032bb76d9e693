using AngleSharp.Dom;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Site;

/// <summary>
/// Issue 3: a translation keeps the skeleton of the default-language leaflet: headings and their
/// levels, callouts where they stand among the headings, lists of the same kind and length, in
/// the same order. The words are free; the shape is not.
/// </summary>
public sealed class TranslationParityTests(RealSiteFixture fixture) : IClassFixture<RealSiteFixture>
{
    private const string Slug = "red-dots-on-the-body";

    public static TheoryData<string, string> Translations()
    {
        var content = ContentInfo.Read(Repository.Content);
        var data = new TheoryData<string, string>();
        foreach (var slug in content.AllSlugs.Where(s => content.LanguagesOf(s).Contains(content.DefaultLanguage)))
            foreach (var language in content.LanguagesOf(slug).Where(l => l != content.DefaultLanguage))
                data.Add(slug, language);
        return data;
    }

    [Fact]
    public void The_red_dots_leaflet_exists_in_english_and_russian()
    {
        Assert.True(fixture.Site.Exists($"en/{Slug}/index.html"));
        Assert.True(fixture.Site.Exists($"ru/{Slug}/index.html"));
        Assert.Contains(("red-dots-on-the-body", "ru"), Translations().Select(row => ((string)row[0], (string)row[1])));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_translation_has_the_same_headings_at_the_same_levels_in_the_same_order(string slug, string language)
    {
        var (source, translation) = Bodies(slug, language);
        Assert.Equal(Headings(source), Headings(translation));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_translation_has_the_same_lists_of_the_same_kind_and_length_in_the_same_order(string slug, string language)
    {
        var (source, translation) = Bodies(slug, language);
        Assert.Equal(Lists(source), Lists(translation));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_translation_has_its_callouts_and_lists_in_the_same_places_among_the_headings(string slug, string language)
    {
        var (source, translation) = Bodies(slug, language);
        var expected = Skeleton(source);
        var actual = Skeleton(translation);
        var first = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(expected.SequenceEqual(actual),
            $"{language}/{slug} parts from the default language at item {(first < 0 ? Math.Min(expected.Count, actual.Count) : first)}:\n" +
            $"  source:      {string.Join(" ", expected)}\n  translation: {string.Join(" ", actual)}");
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_translation_has_a_title_a_subtitle_and_contents_of_the_same_shape(string slug, string language)
    {
        var site = fixture.Site;
        var source = site.Page($"{fixture.Content.DefaultLanguage}/{slug}/index.html");
        var translation = site.Page($"{language}/{slug}/index.html");
        Assert.Equal(source.QuerySelectorAll("article header .subtitle").Length, translation.QuerySelectorAll("article header .subtitle").Length);
        Assert.Equal(ContentsShape(source), ContentsShape(translation));
    }

    [Fact]
    public void The_red_dots_skeleton_is_the_one_the_issue_describes()
    {
        var (english, _) = Bodies(Slug, "ru");
        Assert.Equal(
            ["callout", "ol(3)", "callout", "h2", "h2", "callout", "ol(3)", "h2", "h3", "h3", "h3", "h3", "h2", "ul(3)"],
            Skeleton(english));
        Assert.Equal(3, english.QuerySelectorAll(".callout").Length);
    }

    private (IElement Source, IElement Translation) Bodies(string slug, string language)
    {
        var site = fixture.Site;
        var source = site.Page($"{fixture.Content.DefaultLanguage}/{slug}/index.html").QuerySelector(".leaflet-body");
        var translation = site.Page($"{language}/{slug}/index.html").QuerySelector(".leaflet-body");
        Assert.NotNull(source);
        Assert.NotNull(translation);
        return (source, translation);
    }

    private static List<string> Headings(IElement body) =>
        body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName).ToList();

    private static List<string> Lists(IElement body) =>
        body.QuerySelectorAll("ol, ul").Select(Describe).ToList();

    /// <summary>Headings, callouts, lists and pictures in reading order.</summary>
    private static List<string> Skeleton(IElement body) =>
        body.QuerySelectorAll("h1, h2, h3, h4, h5, h6, div.callout, ol, ul, img").Select(Describe).ToList();

    private static string Describe(IElement element) => element.LocalName switch
    {
        "ol" or "ul" => $"{element.LocalName}({element.Children.Count(c => c.LocalName == "li")})",
        "div" => "callout",
        _ => element.LocalName,
    };

    /// <summary>Each contents entry as the depth of lists it stands in: subsections nest under their section.</summary>
    private static List<int> ContentsShape(IDocument page) =>
        page.QuerySelectorAll("nav.contents a").Select(a => Ancestors(a).TakeWhile(e => e.LocalName != "nav").Count(e => e.LocalName is "ol" or "ul")).ToList();

    private static IEnumerable<IElement> Ancestors(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement) yield return parent;
    }
}
