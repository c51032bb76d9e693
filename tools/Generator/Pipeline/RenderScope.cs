using Leaflet.Content;
using Leaflet.Pdf;

namespace Leaflet.Pipeline;

/// <summary>
/// What one render makes: <c>build</c> renders everything; <c>serve</c> what a change touched, keeping
/// the rest of the site it already has.
/// </summary>
public sealed record RenderScope
{
    /// <summary>The pages to render. A leaflet whose PDFs are made again also has its pages rendered, since they show the PDFs' sizes.</summary>
    public PageSelection Pages { get; init; } = PageSelection.Everything;

    /// <summary>
    /// PDFs made earlier that an article's pages may offer instead of making them again; null when
    /// they must be made. Without it every PDF the render reaches is made.
    /// </summary>
    public Func<Article, ArticlePdfs?>? Reuse { get; init; }

    public bool Sitemap { get; init; } = true;

    public bool Robots { get; init; } = true;

    /// <summary>The pictures the pages show and templates/assets/.</summary>
    public bool Files { get; init; } = true;

    public static RenderScope Everything { get; } = new();
}
