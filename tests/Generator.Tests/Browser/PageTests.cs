using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Leaflet.Tests.Browser;

/// <summary>What every page must be for every reader: accessible, free of script errors, usable on a narrow phone, printable.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTests(BrowserFixture browser)
{
    internal static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    internal static readonly List<string> BestPractices = ["heading-order", "page-has-heading-one", "region"];

    [SkippableTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Axe_finds_no_wcag_2_2_a_or_aa_violation_nor_heading_or_landmark_problem(string path)
    {
        browser.Require();
        await using var open = await browser.Open(path);

        var wcag = await open.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        var rules = await open.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "rule", Values = BestPractices } });

        var violations = wcag.Violations.Concat(rules.Violations)
            .Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"/{path}:\n{string.Join("\n", violations)}");
    }

    [SkippableTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task The_console_shows_no_errors(string path)
    {
        browser.Require();
        await using var open = await browser.Open(path);
        await open.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(path == SitePages.Missing ? 404 : 200, open.Response!.Status);
        Assert.True(open.Errors.Count == 0, $"/{path}:\n{string.Join("\n", open.Errors)}");
    }

    [SkippableTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task At_320_pixels_nothing_scrolls_sideways(string path)
    {
        browser.Require();
        await using var open = await browser.Open(path, width: 320);

        var widths = await open.Page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");

        Assert.True(widths[0] <= widths[1], $"/{path} is {widths[0]} px wide in a {widths[1]} px window");
    }

    [SkippableTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Printing_hides_the_navigation(string path)
    {
        browser.Require();
        await using var open = await browser.Open(path);
        await open.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var shown = await open.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('nav, .skip-link, .site-header')].filter(e => e.checkVisibility()).map(e => e.outerHTML.slice(0, 80))");

        Assert.True(shown.Length == 0, $"/{path} prints:\n{string.Join("\n", shown)}");
    }
}
