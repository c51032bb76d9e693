using Leaflet.Links;

namespace Leaflet.Tests.Links;

/// <summary>A link written in Markdown is reported at the content file and line it was written on.</summary>
public sealed class OriginTests
{
    private static SourceLocation? FromContent(string page, string href) => (page, href) switch
    {
        ("ru/сыпь/index.html", "#диагноз") => new SourceLocation("content/ru/сыпь.md", 41, 12),
        ("ru/index.html", "сып/") => new SourceLocation("content/ru/index.md", 3, 1),
        _ => null,
    };

    [Fact]
    public void Resolved_links_name_the_content_file_and_the_page()
    {
        var report = new LinkChecker(new LinkCheckOptions()).Check(FixtureSites.Site("cyrillic"), origin: FromContent);
        var lines = FixtureSites.Lines(report);

        Assert.Contains("content/ru/сыпь.md(41,12): error LF3001: link '#диагноз' has no target in ru/сыпь/index.html", lines);
        Assert.Contains("content/ru/index.md(3,1): error LF3002: link 'сып/' points to 'ru/сып/', which is not in the site on ru/index.html", lines);
    }

    [Fact]
    public void Links_the_resolver_does_not_know_stay_on_the_page()
    {
        var report = new LinkChecker(new LinkCheckOptions()).Check(FixtureSites.Site("cyrillic"), origin: FromContent);

        Assert.Contains("ru/сыпь/index.html(12,1): error LF3001: link '#Лечение' has no target in ru/сыпь/index.html (an id differs only in letter case: 'лечение')",
            FixtureSites.Lines(report));
        Assert.Equal(5, report.Errors);
    }
}
