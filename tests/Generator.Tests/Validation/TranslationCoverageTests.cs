using Leaflet.Tests.Support;

namespace Leaflet.Tests.Validation;

/// <summary>
/// Issue 7: a leaflet missing in a language is a warning (LF2001), the build goes on, and that
/// language's index, switchers, alternates and sitemap leave it out, so no link names a page that
/// does not exist.
/// </summary>
public sealed class TranslationCoverageTests
{
    private const string NewSlug = "drinking-water";

    private static string NewLeaflet(string title) => Leaflets.Text("""
        Drink water often on a hot day.

        ## When to see a doctor

        See a doctor if you feel dizzy.
        """, title);

    [Fact]
    public void Every_leaflet_in_every_language_gives_no_LF2001()
    {
        using var workspace = RealContentCopy.Create();
        var site = workspace.BuildSafely().AssertPublished();
        Assert.Empty(site.PrintedWith("LF2001"));
    }

    [Fact]
    public void A_leaflet_only_in_the_default_language_is_LF2001_for_the_file_each_other_language_lacks()
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent($"en/{NewSlug}.md", NewLeaflet("Drinking water"));

        var site = workspace.BuildSafely().AssertPublished();

        var lacking = workspace.RealTranslations().Select(f => f.Replace(RealContentCopy.Slug, NewSlug)).ToList();
        var all = site.PrintedAtEach("LF2001", lacking);
        // The missing file has no line to point at: the MSBuild whole-file form.
        var printed = Assert.Single(all, p => p.Path.EndsWith($"content/ru/{NewSlug}.md", StringComparison.Ordinal));
        Assert.Equal("warning", printed.Severity);
        Assert.EndsWith($"content/ru/{NewSlug}.md", printed.Path);
        Assert.Equal(0, printed.Line);
        Assert.Contains($"'{NewSlug}'", printed.Message);
        Assert.Contains("Русский (ru)", printed.Message);
        Assert.Contains($"content/en/{NewSlug}.md", printed.Message);
    }

    [Fact]
    public void A_missing_translation_names_the_default_languages_file_to_translate_from_whatever_else_has_it()
    {
        using var workspace = RealContentCopy.Create();
        var others = workspace.RealTranslations().Select(f => f.Split('/')[^2]).ToList();
        Assert.True(others.Count >= 2, "the real content has two languages beside the default one");
        // In the default language and in the first other language by code, missing in the second.
        workspace.WriteContent($"en/{NewSlug}.md", NewLeaflet("Drinking water"));
        var present = others.Order(StringComparer.Ordinal).First();
        var lacking = others.Order(StringComparer.Ordinal).Last();
        workspace.WriteContent($"{present}/{NewSlug}.md", NewLeaflet("Drinking water"));

        var site = workspace.BuildSafely().AssertPublished();

        var printed = Printed.Parse(Assert.Single(site.PrintedWith("LF2001", $"content/{lacking}/{NewSlug}.md")));
        Assert.Contains($"content/en/{NewSlug}.md exists", printed.Message);
    }

    [Fact]
    public void The_language_without_the_leaflet_leaves_it_out_of_its_index_its_switchers_and_the_sitemap()
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent($"en/{NewSlug}.md", NewLeaflet("Drinking water"));

        var site = workspace.BuildSafely().AssertPublished();

        Assert.True(site.Exists($"en/{NewSlug}/index.html"));
        Assert.False(site.Exists($"ru/{NewSlug}/index.html"));

        var englishIndex = site.Page("en/index.html").QuerySelectorAll(".leaflet-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(2, englishIndex.Count);
        Assert.Contains(englishIndex, href => href!.Contains(NewSlug, StringComparison.Ordinal));
        var russianIndex = site.Page("ru/index.html").QuerySelectorAll(".leaflet-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Single(russianIndex);
        Assert.DoesNotContain(russianIndex, href => href!.Contains(NewSlug, StringComparison.Ordinal));

        var page = site.Page($"en/{NewSlug}/index.html");
        Assert.Empty(page.QuerySelectorAll(".language-switcher a"));
        var alternates = page.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")).ToList();
        Assert.Equal(["en", "x-default"], alternates);

        Assert.DoesNotContain($"/ru/{NewSlug}/", site.Text("sitemap.xml"));
        Assert.Contains($"/en/{NewSlug}/", site.Text("sitemap.xml"));
        SiteChecks.AssertNoBrokenLinks(site);
    }

    [Fact]
    public void A_leaflet_only_in_another_language_is_LF2001_for_the_default_language_and_left_out_of_its_index()
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent($"ru/{NewSlug}.md", NewLeaflet("Питьевая вода"));

        var site = workspace.BuildSafely().AssertPublished();

        // Every language but Russian lacks it, the default language among them.
        var lacking = workspace.RealArticles().Where(f => !f.StartsWith("content/ru/", StringComparison.Ordinal))
            .Select(f => f.Replace(RealContentCopy.Slug, NewSlug)).ToList();
        var printed = Assert.Single(site.PrintedAtEach("LF2001", lacking), p => p.Path.EndsWith($"content/en/{NewSlug}.md", StringComparison.Ordinal));
        Assert.Contains("English (en)", printed.Message);
        Assert.DoesNotContain(site.Page("en/index.html").QuerySelectorAll(".leaflet-list a"), a => a.GetAttribute("href")!.Contains(NewSlug, StringComparison.Ordinal));
        Assert.Contains(site.Page("ru/index.html").QuerySelectorAll(".leaflet-list a"), a => a.GetAttribute("href")!.Contains(NewSlug, StringComparison.Ordinal));
        Assert.Empty(site.Page($"ru/{NewSlug}/index.html").QuerySelectorAll(".language-switcher a"));
        SiteChecks.AssertNoBrokenLinks(site);
    }

    [Fact]
    public void A_translation_that_links_to_a_leaflet_its_language_lacks_is_an_error_so_no_page_links_to_a_missing_page()
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent($"en/{NewSlug}.md", NewLeaflet("Drinking water"));
        var text = workspace.Change(RealContentCopy.Russian, "## Лечение красных точек\n", $"## Лечение красных точек\n\nСм. [памятку о воде]({NewSlug}.md).\n");

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(text, "[памятку о воде]");
        var printed = Printed.Single(site.Result.Diagnostics, "LF1015", "error", "content/" + RealContentCopy.Russian, line, column);
        Assert.Contains($"'{NewSlug}.md'", printed.Message);
        Assert.False(site.Result.Published);
    }
}
