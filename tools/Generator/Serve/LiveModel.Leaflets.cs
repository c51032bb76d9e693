using Leaflet.Content;
using Leaflet.Pipeline;
using Leaflet.Diagnostics;

namespace Leaflet.Serve;

internal sealed partial class LiveModel
{
    /// <summary>
    /// Reads changed leaflets again in every language and puts them into the model. Validation runs
    /// for those leaflets only, unless a translation came or went: then links from other leaflets to
    /// it may have become right or wrong, and every leaflet is validated.
    /// </summary>
    public LiveWork ReadLeaflets(IEnumerable<string> slugs)
    {
        var site = Site!;
        var reader = new ArticleReader(options.ContentRoot, site.Configuration, Templates!.ElementIds);
        var leaflets = site.Leaflets.ToDictionary(l => l.Slug, StringComparer.Ordinal);
        var translationsChanged = false;
        var read = new List<LeafletEntry>();
        foreach (var slug in slugs)
        {
            var bag = new DiagnosticBag();
            var translations = site.Languages
                .Select(l => (l.Code, Path: Path.Combine(options.ContentRoot, l.Code, slug + ".md")))
                .Where(t => File.Exists(t.Path))
                .Select(t => reader.Read(t.Code, t.Path, bag))
                .OfType<Article>()
                .OrderBy(a => a.LanguageCode, StringComparer.Ordinal)
                .ToList();
            diagnostics.Set(DiagnosticStore.Leaflet(slug), Load, bag.ToSortedList());
            var before = leaflets.GetValueOrDefault(slug)?.Translations.Select(a => a.LanguageCode) ?? [];
            translationsChanged |= !before.SequenceEqual(translations.Select(a => a.LanguageCode), StringComparer.Ordinal);
            if (translations.Count == 0)
            {
                leaflets.Remove(slug);
                diagnostics.Set(DiagnosticStore.Leaflet(slug), Validate, []);
                continue;
            }
            leaflets[slug] = new LeafletEntry(slug, translations);
            read.Add(leaflets[slug]);
        }
        Site = site with { Leaflets = leaflets.Values.OrderBy(l => l.Slug, StringComparer.Ordinal).ToList() };
        foreach (var leaflet in translationsChanged ? Site.Leaflets : read) ValidateLeaflet(leaflet);
        var pages = new PageSelection { Leaflets = slugs.ToHashSet(StringComparer.Ordinal) };
        return LiveWork.Nothing.With(pages, read.SelectMany(l => l.Translations));
    }
}
