using Leaflet.Links;

namespace Leaflet.Tests.Links;

/// <summary>
/// One site per rule, each with pages that must pass and pages that must fail: the
/// expected diagnostics list both what is reported and, by absence, what is not.
/// </summary>
public sealed class FixtureSiteTests
{
    [Theory]
    [InlineData("files")]
    [InlineData("folders")]
    [InlineData("cyrillic")]
    [InlineData("case")]
    [InlineData("base-href")]
    [InlineData("fragments")]
    [InlineData("srcset")]
    [InlineData("escape")]
    [InlineData("duplicates")]
    [InlineData("schemes")]
    [InlineData("alternates")]
    [InlineData("languages")]
    [InlineData("page-warnings")]
    public void Site_produces_exactly_the_expected_diagnostics(string name)
    {
        var report = new LinkChecker(new LinkCheckOptions()).Check(FixtureSites.Site(name));

        FixtureSites.AssertMatchesExpected(name, report);
    }

    [Fact]
    public void Links_under_the_base_url_are_checked_as_internal()
    {
        var options = new LinkCheckOptions { BaseUrl = new Uri("https://example.org/leaflets/") };

        var report = new LinkChecker(options).Check(FixtureSites.Site("base-url"));

        FixtureSites.AssertMatchesExpected("base-url", report);
    }

    [Fact]
    public void Without_a_base_url_the_same_links_are_external_and_pass_offline()
    {
        var report = new LinkChecker(new LinkCheckOptions()).Check(FixtureSites.Site("base-url"));

        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Output_is_the_same_on_every_run_and_any_parallelism()
    {
        var serial = new LinkChecker(new LinkCheckOptions { MaxDegreeOfParallelism = 1 }).Check(FixtureSites.Site("fragments"));
        var parallel = new LinkChecker(new LinkCheckOptions { MaxDegreeOfParallelism = 4 }).Check(FixtureSites.Site("fragments"));

        Assert.Equal(FixtureSites.Lines(serial), FixtureSites.Lines(parallel));
    }
}
