using Leaflet.Links;

namespace Leaflet.Tests.Links;

/// <summary>Alternates written as absolute URLs, as search engines prefer them, are matched through the base URL.</summary>
public sealed class AbsoluteAlternateTests
{
    private const string Base = "https://example.org/leaflets/";

    private static string Leaflet(string lang, params string[] alternateLanguages) => TempSite.Page(
        string.Concat(alternateLanguages.Select(l => $"<link rel=\"alternate\" hreflang=\"{l}\" href=\"{Base}{(l == "x-default" ? "" : l + "/rash/")}\">\n"))
        + "<h1>Rash</h1>", lang);

    [Fact]
    public void Reciprocal_absolute_alternates_pass()
    {
        using var site = new TempSite()
            .With("index.html", TempSite.Page("<p>languages</p>", ""))
            .With("en/rash/index.html", Leaflet("en", "en", "ru", "x-default"))
            .With("ru/rash/index.html", Leaflet("ru", "en", "ru", "x-default"));

        var report = new LinkChecker(new LinkCheckOptions { BaseUrl = new Uri(Base) }).Check(site.Root);

        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void A_one_sided_absolute_alternate_is_reported()
    {
        using var site = new TempSite()
            .With("index.html", TempSite.Page("<p>languages</p>", ""))
            .With("en/rash/index.html", Leaflet("en", "en", "ru", "x-default"))
            .With("ru/rash/index.html", Leaflet("ru", "ru", "x-default"));

        var report = new LinkChecker(new LinkCheckOptions { BaseUrl = new Uri(Base) }).Check(site.Root);

        Assert.Equal(
            ["en/rash/index.html(6,1): error LF3010: alternate 'https://example.org/leaflets/ru/rash/' (ru) does not link back: ru/rash/index.html has no alternate to en/rash/index.html"],
            FixtureSites.Lines(report));
    }
}
