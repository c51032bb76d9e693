using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Leaflet.Tests.Pdf;
using Leaflet.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Leaflet.Tests.Browser;

/// <summary>
/// The real site with a right-to-left language added (the Arabic and Hebrew fixtures), in Chromium:
/// every page kind accessible and without sideways scrolling at a phone's and a desktop's width, the
/// bars of the contents box and the callouts at the start edge (the right in Arabic, the left in
/// English) from the same stylesheet, and the switcher leading to the same leaflet.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RightToLeftPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Slug = "red-dots-on-the-body";
    private static readonly int[] Widths = [320, 1280];

    /// <summary>The real content's languages, beside which each fixture's is served.</summary>
    private static readonly ContentInfo Real = ContentInfo.Read(Repository.Content);

    private static readonly Dictionary<string, (string Language, NotoFonts Fonts)> Fixtures = new()
    {
        ["arabic"] = ("ar", NotoFonts.NaskhArabic),
        ["hebrew"] = ("he", NotoFonts.SansHebrew),
    };

    /// <summary>Each page kind in the right-to-left language, and the English pages that name it.</summary>
    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var (fixture, (language, _)) in Fixtures)
            foreach (var path in new[] { "", SitePages.Missing, $"{language}/", $"{language}/{Slug}/", "en/", $"en/{Slug}/" })
                data.Add(fixture, path);
        return data;
    }

    private async Task<OpenPage> Open(string fixture, string path, int width = 1280)
    {
        browser.Require();
        Fixtures[fixture].Fonts.SkipUnlessInstalled();
        var address = await browser.FixtureSite(fixture, Fixtures[fixture].Fonts);
        return await browser.Open(path, width, new Uri(address, path).ToString());
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violation_at_320_or_1280_pixels(string fixture, string path)
    {
        foreach (var width in Widths)
        {
            await using var open = await Open(fixture, path, width);
            var wcag = await open.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = PageTests.WcagTags } });
            var rules = await open.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "rule", Values = PageTests.BestPractices } });
            var violations = wcag.Violations.Concat(rules.Violations)
                .Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
                .ToList();
            Assert.True(violations.Count == 0, $"/{path} at {width} px:\n{string.Join("\n", violations)}");
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Nothing_scrolls_sideways_at_320_or_1280_pixels(string fixture, string path)
    {
        foreach (var width in Widths)
        {
            await using var open = await Open(fixture, path, width);
            var widths = await open.Page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
            Assert.True(widths[0] <= widths[1], $"/{path} is {widths[0]} px wide in a {widths[1]} px window");
            Assert.Empty(open.Errors);
        }
    }

    /// <summary>Where the bar is drawn: the x of its middle, and the x of the middle of the box it belongs to.</summary>
    private const string BarPositions = """
        selector => [...document.querySelectorAll(selector)].map(box => {
          const style = getComputedStyle(box), rect = box.getBoundingClientRect();
          const left = parseFloat(style.borderLeftWidth), right = parseFloat(style.borderRightWidth);
          const bar = left > 0 ? rect.left + left / 2 : rect.right - right / 2;
          return [bar, rect.left + rect.width / 2, left + right];
        })
        """;

    [SkippableTheory]
    [InlineData("arabic", "ar", "right")]
    [InlineData("arabic", "en", "left")]
    [InlineData("hebrew", "he", "right")]
    public async Task The_contents_box_and_callout_bars_sit_at_the_start_edge(string fixture, string language, string side)
    {
        foreach (var width in Widths)
        {
            await using var open = await Open(fixture, $"{language}/{Slug}/", width);
            foreach (var selector in new[] { "nav.contents", ".leaflet-body .callout" })
            {
                var bars = await open.Page.EvaluateAsync<double[][]>(BarPositions, selector);
                Assert.NotEmpty(bars);
                foreach (var bar in bars)
                {
                    output.WriteLine($"{language} {width} px {selector}: bar at x={bar[0]:0.#}, box centre {bar[1]:0.#}");
                    Assert.True(bar[2] >= 4, $"{selector} has no bar");
                    Assert.True(side == "right" ? bar[0] > bar[1] : bar[0] < bar[1], $"{selector}'s bar at x={bar[0]} is not on the {side} of its box (centre {bar[1]})");
                }
            }
        }
    }

    [SkippableTheory]
    [InlineData("arabic")]
    [InlineData("hebrew")]
    public async Task The_switcher_leads_to_the_same_leaflet_in_each_other_language_and_back(string fixture)
    {
        var language = Fixtures[fixture].Language;
        var address = await browser.FixtureSite(fixture, Fixtures[fixture].Fonts);
        foreach (var (from, to) in new[] { (language, "en"), (language, "ru"), ("en", language), ("ru", language) })
        {
            await using var open = await Open(fixture, $"{from}/{Slug}/");
            await open.Page.ClickAsync($".language-switcher a[hreflang='{to}']");
            await open.Page.WaitForURLAsync(new Uri(address, $"{to}/{Slug}/").ToString());
            Assert.Equal(to, await open.Page.GetAttributeAsync("html", "lang"));
        }
    }

    /// <summary>"English" in an Arabic page and the Arabic name in an English one are laid out as isolates in their own direction; so is a file size.</summary>
    [SkippableTheory]
    [InlineData("arabic")]
    [InlineData("hebrew")]
    public async Task Language_names_and_file_sizes_are_laid_out_as_isolates(string fixture)
    {
        var language = Fixtures[fixture].Language;
        const string Bidi = "selector => [...document.querySelectorAll(selector)].map(e => getComputedStyle(e).unicodeBidi + ' ' + getComputedStyle(e).direction)";
        await using (var open = await Open(fixture, $"{language}/{Slug}/"))
        {
            // Each name in its own language's direction: the other right-to-left languages of the site too.
            var directions = await open.Page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('.language-switcher a')].map(e => e.getAttribute('hreflang'))");
            Assert.Equal(directions.Select(code => $"isolate {Real.Language(code).Direction}"),
                await open.Page.EvaluateAsync<string[]>(Bidi, ".language-switcher a"));
            Assert.All(await open.Page.EvaluateAsync<string[]>(Bidi, ".downloads .size"), s => Assert.Equal("isolate rtl", s));
            Assert.Equal(["isolate ltr"], await open.Page.EvaluateAsync<string[]>(Bidi, ".leaflet-body span[dir]"));
        }
        await using (var open = await Open(fixture, $"en/{Slug}/"))
            Assert.Equal(["isolate rtl"], await open.Page.EvaluateAsync<string[]>(Bidi, $".language-switcher a[hreflang='{language}']"));
    }

    /// <summary>`serve`'s own messages are English: on an Arabic page they still read left to right.</summary>
    [SkippableFact]
    public async Task The_serve_warnings_read_left_to_right_on_a_right_to_left_page()
    {
        await using var open = await Open("arabic", $"ar/{Slug}/");
        var warnings = await open.Page.WaitForSelectorAsync("#leaflet-live-warnings", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        Assert.Equal("ltr", await warnings!.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal("en", await warnings.GetAttributeAsync("lang"));
    }

    /// <summary>The stylesheet's font stack on this machine (Debian's fonts-noto-core): Arabic in Noto Naskh Arabic, not DejaVu Sans, which fontconfig would pick.</summary>
    [SkippableFact]
    public async Task Arabic_text_is_drawn_in_noto_naskh_arabic()
    {
        await using var open = await Open("arabic", $"ar/{Slug}/");
        var cdp = await open.Page.Context.NewCDPSessionAsync(open.Page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var root = await cdp.SendAsync("DOM.getDocument");
        var node = await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object>
        {
            ["nodeId"] = root!.Value.GetProperty("root").GetProperty("nodeId").GetInt32(),
            ["selector"] = ".leaflet-body p",
        });
        var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = node!.Value.GetProperty("nodeId").GetInt32() });
        var used = fonts!.Value.GetProperty("fonts").EnumerateArray()
            .Select(f => (Family: f.GetProperty("familyName").GetString()!, Glyphs: f.GetProperty("glyphCount").GetDouble()))
            .OrderByDescending(f => f.Glyphs).ToList();
        output.WriteLine(string.Join(", ", used.Select(f => $"{f.Family}: {f.Glyphs} glyphs")));
        Assert.Equal("Noto Naskh Arabic", used[0].Family);
    }

    /// <summary>Pictures of each page kind of the Arabic site at a phone's and a desktop's width, for a person to look at.</summary>
    [SkippableFact]
    public async Task Each_arabic_page_kind_is_photographed_at_phone_and_desktop_width()
    {
        var folder = Path.Combine(Repository.TestProject, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var (name, path) in new[] { ("rtl-chooser", ""), ("rtl-404", SitePages.Missing), ("rtl-index-ar", "ar/"), ("rtl-leaflet-ar", $"ar/{Slug}/"), ("rtl-leaflet-en", $"en/{Slug}/") })
        {
            foreach (var width in new[] { 360, 1280 })
            {
                await using var open = await Open("arabic", path, width);
                var file = Path.Combine(folder, $"{name}-{width}.png");
                await open.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 1000);
            }
        }
        output.WriteLine($"screenshots in {folder}");
    }
}
