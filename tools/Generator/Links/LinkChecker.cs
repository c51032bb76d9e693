using System.Diagnostics;
using System.Text;
using Leaflet.Diagnostics;
using Leaflet.Links.External;
using Leaflet.Links.Rules;

namespace Leaflet.Links;

/// <summary>
/// Checks every link of a built site against the files of that build. Pages are parsed
/// once, in parallel, into small summaries; links are then checked against all of them.
/// Prints nothing: the report carries the diagnostics, sorted so runs compare equal.
/// </summary>
public sealed class LinkChecker(LinkCheckOptions options)
{
    /// <param name="siteRoot">A folder of built static files; diagnostics name pages relative to it, with '/' separators.</param>
    /// <param name="otherLinks">Links from outside HTML, such as a PDF's links and QR target.</param>
    /// <param name="origin">Moves a problem from the rendered page to the content file the link was written in.</param>
    /// <param name="rendered">Pages already scanned as they were rendered; the others are read from disk.</param>
    public LinkCheckReport Check(string siteRoot, IEnumerable<ExternalLinkSource>? otherLinks = null, LinkOriginResolver? origin = null,
        CancellationToken ct = default, RenderedPages? rendered = null)
    {
        var clock = Stopwatch.StartNew();
        var site = SiteIndex.Of(siteRoot);
        var pages = Scan(siteRoot, site.Files.Where(SiteIndex.IsPage).Order(StringComparer.Ordinal).ToArray(), rendered, ct);
        var context = new CheckContext(site, pages.ToDictionary(page => page.Path, StringComparer.Ordinal), new UrlResolver(options.BaseUrl));
        var checker = new PageChecker(context);

        var checks = new PageCheck[pages.Length];
        Parallel.For(0, pages.Length, Parallelism(ct), i => checks[i] = checker.Check(pages[i]));
        var outside = (otherLinks ?? []).Select(l => new PageLink(l.File, l.Line, l.Column, l.Url, LinkRole.Outside)).ToList();
        var outsideCheck = checker.CheckOutside(outside);

        var findings = checks.Append(outsideCheck).SelectMany(check => check.Findings).ToList();
        var alternatesByPage = pages.Zip(checks)
            .ToDictionary(pair => pair.First.Path, pair => pair.Second.Alternates, StringComparer.Ordinal);
        foreach (var (page, alternates) in alternatesByPage)
            findings.AddRange(AlternateRule.Check(page, alternates, alternatesByPage));

        if (options.External)
        {
            var webLinks = checks.Append(outsideCheck).SelectMany(check => check.WebLinks).ToList();
            findings.AddRange(new ExternalLinkChecker(options).Check(webLinks, ct));
        }

        var bag = new DiagnosticBag();
        foreach (var finding in findings) bag.Add(finding.Place(origin));
        var links = pages.Sum(page => page.Links.Count) + outside.Count;
        return new LinkCheckReport(bag.ToSortedList(), pages.Length, links, clock.Elapsed);
    }

    private ScannedPage[] Scan(string siteRoot, string[] paths, RenderedPages? rendered, CancellationToken ct)
    {
        var pages = new ScannedPage[paths.Length];
        var unread = new List<int>();
        for (var i = 0; i < paths.Length; i++)
        {
            if (rendered?.Find(paths[i]) is { } page) pages[i] = page;
            else unread.Add(i);
        }
        Parallel.For(0, unread.Count, Parallelism(ct), PageScanners.ForAnyHtml, (j, _, scanner) =>
        {
            pages[unread[j]] = ScanOne(scanner, siteRoot, paths[unread[j]]);
            return scanner;
        }, _ => { });
        return pages;
    }

    private static ScannedPage ScanOne(IPageScanner scanner, string siteRoot, string path)
    {
        try
        {
            return scanner.Scan(path, File.ReadAllText(Path.Combine(siteRoot, path), Encoding.UTF8));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var finding = Finding.OnPage(path, 0, 0, DiagnosticCodes.PageUnreadable, $"page could not be read: {e.Message}");
            return ScannedPage.Unreadable(path, finding);
        }
    }

    private ParallelOptions Parallelism(CancellationToken ct) =>
        new() { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = ct };
}
