using System.Text;
using Leaflet.Diagnostics;
using Leaflet.Links.Rules;
using Leaflet.Links;

namespace Leaflet.Serve;

/// <summary>
/// The link check kept between builds: each page is parsed once into the checker's summary and
/// checked again only when it changed or a file it links to changed (found through a link graph).
/// The rules are the build's own (PageChecker, AlternateRule), so both report the same problems.
/// </summary>
public sealed class LiveLinkCheck(Uri baseUrl)
{
    private readonly UrlResolver _resolver = new(baseUrl);
    private readonly Dictionary<string, ScannedPage> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PageCheck> _checks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _placed = new(StringComparer.Ordinal);
    private readonly LinkGraph _graph = new();

    /// <summary>Pages parsed and sources checked by the last update, for the report.</summary>
    public (int Scanned, int Checked) LastWork { get; private set; }

    /// <param name="files">Every file of the build as it now stands.</param>
    /// <param name="changed">Files added, changed or removed since the last update; on the first, all of them.</param>
    /// <param name="outside">Links from outside HTML: the PDFs' links and QR targets.</param>
    /// <param name="origins">Given the pages with problems, where their Markdown links were written.</param>
    public IReadOnlyList<Diagnostic> Update(IReadOnlyDictionary<string, byte[]> files, IReadOnlyCollection<string> changed,
        IEnumerable<ExternalLinkSource> outside, Func<IReadOnlyCollection<string>, LinkOriginResolver?> origins, CancellationToken cancel)
    {
        var site = SiteIndex.Of(files.Keys);
        var rescan = changed.Where(f => SiteIndex.IsPage(f) && files.ContainsKey(f)).ToArray();
        foreach (var gone in changed.Where(f => !files.ContainsKey(f))) Forget(gone);
        Scan(rescan, files, cancel);

        var outsideBySource = outside.GroupBy(l => l.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => new PageLink(l.File, l.Line, l.Column, l.Url, LinkRole.Outside)).ToList(), StringComparer.Ordinal);
        var recheck = new HashSet<string>(rescan, StringComparer.Ordinal);
        recheck.UnionWith(changed.Where(outsideBySource.ContainsKey));
        foreach (var file in changed) recheck.UnionWith(_graph.SourcesOf(file));
        recheck.RemoveWhere(s => !_pages.ContainsKey(s) && !outsideBySource.ContainsKey(s));

        var context = new CheckContext(site, _pages, _resolver);
        var checker = new PageChecker(context);
        var sources = recheck.Order(StringComparer.Ordinal).ToArray();
        var results = new (PageCheck Check, IReadOnlyCollection<string> Targets)[sources.Length];
        Parallel.For(0, sources.Length, new ParallelOptions { CancellationToken = cancel }, i =>
        {
            var links = _pages.TryGetValue(sources[i], out var page) ? page.Links : outsideBySource[sources[i]];
            var check = page is not null ? checker.Check(page) : checker.CheckOutside(links);
            results[i] = (check, Targets(links, page, site));
        });
        for (var i = 0; i < sources.Length; i++)
        {
            _checks[sources[i]] = results[i].Check;
            _graph.Set(sources[i], results[i].Targets);
        }
        LastWork = (rescan.Length, sources.Length);
        return Place(sources, origins);
    }

    private void Scan(string[] paths, IReadOnlyDictionary<string, byte[]> files, CancellationToken cancel)
    {
        var scanned = new ScannedPage[paths.Length];
        // The pages are the build's own; a scanner is not thread-safe: one per worker, as the build's checker does.
        Parallel.For(0, paths.Length, new ParallelOptions { CancellationToken = cancel }, PageScanners.ForBuiltPages, (i, _, scanner) =>
        {
            var html = Encoding.UTF8.GetString(files[paths[i]]);
            scanned[i] = scanner.Scan(paths[i], html);
            return scanner;
        }, _ => { });
        foreach (var page in scanned) _pages[page.Path] = page;
    }

    private void Forget(string file)
    {
        _pages.Remove(file);
        _checks.Remove(file);
        _placed.Remove(file);
        _graph.Remove(file);
    }

    /// <summary>The files a source's links reach, or would reach once they exist (a folder by its index).</summary>
    private List<string> Targets(IEnumerable<PageLink> links, ScannedPage? page, SiteIndex site)
    {
        var documentBase = page is null ? DocumentBase.Root : _resolver.BaseOf(page);
        var targets = new List<string>();
        foreach (var link in links)
        {
            var target = _resolver.Resolve(link.Href, documentBase);
            if (target.Kind != LinkKind.Internal) continue;
            var path = target.Path;
            if (site.Find(path) is { Status: TargetStatus.Found } found) targets.Add(found.File);
            else if (path.Length == 0 || path.EndsWith('/')) targets.Add(path + SiteIndex.IndexFile);
            else targets.AddRange([path, $"{path}/{SiteIndex.IndexFile}"]);
        }
        return targets.Distinct(StringComparer.Ordinal).ToList();
    }

    private IReadOnlyList<Diagnostic> Place(IEnumerable<string> rechecked, Func<IReadOnlyCollection<string>, LinkOriginResolver?> origins)
    {
        var alternatesByPage = _pages.Keys.Where(_checks.ContainsKey)
            .ToDictionary(p => p, p => _checks[p].Alternates, StringComparer.Ordinal);
        var alternateFindings = alternatesByPage.SelectMany(pair => AlternateRule.Check(pair.Key, pair.Value, alternatesByPage)).ToList();
        var fresh = rechecked.ToDictionary(s => s, s => _checks[s].Findings, StringComparer.Ordinal);
        var withProblems = fresh.Where(f => f.Value.Count > 0).Select(f => f.Key).Concat(alternateFindings.Select(f => f.Page))
            .ToHashSet(StringComparer.Ordinal);
        // Finding where a link was written costs a walk over the articles' Markdown: only for pages with problems.
        var origin = withProblems.Count == 0 ? null : origins(withProblems);
        foreach (var (source, findings) in fresh) _placed[source] = findings.Select(f => f.Place(origin)).ToList();
        return _placed.Values.SelectMany(d => d).Concat(alternateFindings.Select(f => f.Place(origin))).ToList();
    }
}
