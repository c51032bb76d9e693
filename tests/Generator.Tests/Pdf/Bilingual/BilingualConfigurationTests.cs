using Leaflet.Tests.Support;

namespace Leaflet.Tests.Pdf.Bilingual;

/// <summary>
/// <c>bilingual:</c> in _site.yaml on the basic fixture (first-aid-for-burns in English and Russian,
/// sun-safety in English only): what it makes, and what it warns about without stopping the build.
/// </summary>
public class BilingualConfigurationTests
{
    private const string Configuration = """
        base_url: https://fixture.example.org/
        default_language: en
        publisher: Fixture Clinic
        bilingual:
          - [en, ru]
          - [en, fr]
          - [ru]
          - [ru, en]
        """;

    [Fact]
    public void Each_pair_makes_a_pdf_for_every_leaflet_in_both_languages_in_the_first_languages_folder()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("_site.yaml", Configuration);
        var site = workspace.Build().AssertPublished();

        Assert.True(site.Exists("en/first-aid-for-burns/first-aid-for-burns-en-ru.pdf"), site.Printed);
        Assert.True(site.Exists("ru/first-aid-for-burns/first-aid-for-burns-ru-en.pdf"), site.Printed);
        Assert.DoesNotContain(site.Files, f => f.Contains("sun-safety-en-ru", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Files, f => f.Contains("-en-fr", StringComparison.Ordinal));
        var english = site.Page("en/first-aid-for-burns/index.html").QuerySelectorAll(".downloads a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("English + Русский (PDF)", "first-aid-for-burns-en-ru.pdf"), english);
        Assert.Contains(("Русский + English (PDF)", "../../ru/first-aid-for-burns/first-aid-for-burns-ru-en.pdf"), english);
    }

    [Fact]
    public void A_pair_naming_a_missing_language_or_malformed_and_a_leaflet_in_one_language_are_warnings_at_their_lines()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("_site.yaml", Configuration);
        var site = workspace.Build().AssertPublished();

        var warnings = site.Result.Diagnostics.Where(d => d.Code is "LF1060" or "LF1061").Select(d => d.ToString()).ToList();
        Assert.Contains(warnings, w => w.Contains("_site.yaml(6,5): warning LF1060: the bilingual pair [en, fr] names 'fr', which is not a language of the site",
            StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("_site.yaml(7,5): warning LF1060: a bilingual pair must be two different language codes", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("sun-safety.md(1,1): warning LF1061: the leaflet 'sun-safety' has no ru translation, so it has no en-ru bilingual PDF",
            StringComparison.Ordinal));
        Assert.Equal(4, warnings.Count);
    }

    [Fact]
    public void A_build_without_pdfs_makes_no_bilingual_pdf_and_offers_none()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("_site.yaml", Configuration);
        var site = workspace.Build(noPdf: true).AssertPublished();

        Assert.DoesNotContain(site.Files, f => f.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Empty(site.Page("en/first-aid-for-burns/index.html").QuerySelectorAll(".downloads a"));
    }
}
