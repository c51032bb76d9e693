using Leaflet.Content;
using Leaflet.Pipeline;

namespace Leaflet.Serve;

/// <summary>What one rebuild must produce once the model is up to date.</summary>
/// <param name="Articles">Articles whose PDFs and pictures may need making again (PDFs only if their sources changed).</param>
internal sealed record LiveWork(PageSelection Pages, IReadOnlyList<Article> Articles, bool Assets, bool Everything)
{
    public static LiveWork Nothing { get; } = new(PageSelection.None, [], false, false);

    public LiveWork With(PageSelection pages, IEnumerable<Article> articles) =>
        this with { Pages = Pages.Union(pages), Articles = Articles.Concat(articles).Distinct().ToList() };
}
