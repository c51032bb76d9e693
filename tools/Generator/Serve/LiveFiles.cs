using System.Text;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Pipeline;
using Leaflet.Routing;

namespace Leaflet.Serve;

/// <summary>
/// The latest files of the live build, and the parts of the site that depend on many leaflets at
/// once (language indexes, sitemap), which are made again only when what they show changed.
/// </summary>
internal sealed class LiveFiles(ServeOptions options)
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _indexKeys = new(StringComparer.Ordinal);
    private HashSet<string> _assets = new(StringComparer.Ordinal);
    private string _sitemapKey = "";

    public IReadOnlyDictionary<string, byte[]> All => _files;

    public IReadOnlyDictionary<string, byte[]> Snapshot() => new Dictionary<string, byte[]>(_files, StringComparer.Ordinal);

    /// <summary>The language indexes whose list of leaflets (titles, descriptions, addresses) changed.</summary>
    public PageSelection ChangedIndexes(Site site, bool everything)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in site.Languages)
        {
            var key = new StringBuilder();
            foreach (var article in site.Leaflets.Select(l => l.In(language.Code)).OfType<Article>())
                key.Append(article.Slug).Append('\n').Append(article.FrontMatter.Title).Append('\n').Append(article.FrontMatter.Description).Append('\n');
            var text = key.ToString();
            if (_indexKeys.GetValueOrDefault(language.Code) != text) changed.Add(language.Code);
            _indexKeys[language.Code] = text;
        }
        return everything ? PageSelection.None : new PageSelection { LanguageIndexes = changed };
    }

    /// <summary>Whether the sitemap must be written again: what it lists (addresses, review dates) changed.</summary>
    public bool SitemapChanged(Site site, bool everything)
    {
        var key = string.Join('\n', site.Leaflets.SelectMany(l => l.Translations)
            .Select(a => $"{a.Slug} {a.LanguageCode} {a.FrontMatter.LastReviewed:O}"));
        var changed = everything || key != _sitemapKey;
        _sitemapKey = key;
        return changed;
    }

    /// <summary>Styles and pictures: whichever this change reaches.</summary>
    public void WriteExtras(Site site, Routes routes, LiveWork work, MemoryOutput output)
    {
        if (work.Everything || work.Assets) _assets = CopyAssets(output);
        var articles = work.Everything ? site.Leaflets.SelectMany(l => l.Translations) : work.Articles;
        foreach (var article in articles)
            foreach (var picture in article.Pictures.Where(p => File.Exists(p.SourceFile)))
                output.CopyFile(routes.Picture(picture, article.LanguageCode), picture.SourceFile);
    }

    /// <summary>Every file the site has now; anything else in the latest files is gone from the site.</summary>
    public HashSet<string> Expected(Site site, Routes routes, IEnumerable<string> pdfs)
    {
        var expected = new HashSet<string>(Pages(site, routes), StringComparer.Ordinal) { routes.Sitemap.OutputPath, routes.Robots.OutputPath };
        expected.UnionWith(pdfs);
        expected.UnionWith(_assets);
        foreach (var article in site.Leaflets.SelectMany(l => l.Translations))
            expected.UnionWith(article.Pictures.Select(p => routes.Picture(p, article.LanguageCode).OutputPath));
        return expected;
    }

    /// <returns>The paths whose bytes changed, appeared or went.</returns>
    public IReadOnlyList<string> Merge(IReadOnlyDictionary<string, byte[]> written, IReadOnlySet<string> expected)
    {
        var changed = new List<string>();
        foreach (var (path, bytes) in written)
        {
            if (!expected.Contains(path)) continue;
            // Unchanged bytes keep the old array, so comparing snapshots by reference finds the changes.
            if (_files.TryGetValue(path, out var old) && old.AsSpan().SequenceEqual(bytes)) continue;
            _files[path] = bytes;
            changed.Add(path);
        }
        foreach (var gone in _files.Keys.Where(p => !expected.Contains(p)).ToList())
        {
            _files.Remove(gone);
            changed.Add(gone);
        }
        return changed;
    }

    public static IReadOnlyList<string> Difference(IReadOnlyDictionary<string, byte[]> before, IReadOnlyDictionary<string, byte[]> after) =>
        after.Where(f => !before.TryGetValue(f.Key, out var old) || !ReferenceEquals(old, f.Value) && !old.AsSpan().SequenceEqual(f.Value))
            .Select(f => f.Key)
            .Concat(before.Keys.Where(k => !after.ContainsKey(k)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every page the site has now, whether or not this rebuild renders it.</summary>
    private static IEnumerable<string> Pages(Site site, Routes routes)
    {
        yield return routes.Chooser.OutputPath;
        foreach (var language in site.Languages) yield return routes.LanguageIndex(language.Code).OutputPath;
        foreach (var article in site.Leaflets.SelectMany(l => l.Translations)) yield return routes.Leaflet(article).OutputPath;
        yield return routes.NotFound.OutputPath;
    }

    /// <summary>The site's assets and the built-in ones it does not override, as a build publishes them.</summary>
    private HashSet<string> CopyAssets(MemoryOutput output)
    {
        var copied = new HashSet<string>(StringComparer.Ordinal);
        // A link out of templates/ is left out of the preview as of a build, which reports it.
        foreach (var file in new TemplateSource(options.TemplatesRoot).Assets(new DiagnosticBag()))
        {
            var route = Route.File(file.Name);
            file.CopyTo(output, route);
            copied.Add(route.OutputPath);
        }
        return copied;
    }
}
