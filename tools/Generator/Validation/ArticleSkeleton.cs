using Leaflet.Content;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Leaflet.Validation;

/// <summary>One structural element of an article, in reading order, with where it stands in its file.</summary>
/// <param name="Shape">How the part reads in a message.</param>
/// <param name="Key">What must match between languages; the shape unless written differently for the same thing.</param>
public sealed record SkeletonPart(string Kind, string Shape, int Line, int Column, string? Key = null)
{
    public bool Matches(SkeletonPart other) => Kind == other.Kind && (Key ?? Shape) == (other.Key ?? other.Shape);

    /// <summary>How the part reads in a message: "a level-2 heading", "3 list items".</summary>
    public string Describe() => Kind switch
    {
        "heading" => $"a level-{Shape} heading",
        "list" => Shape,
        "callout" => "a callout",
        "picture" => $"the picture {Shape}",
        "link" => $"a link to {Shape}",
        _ => Kind,
    };
}

/// <summary>
/// The skeleton a translation must share with the default-language article: headings and levels,
/// lists and item counts, callouts, pictures and link targets. The words are free; the shape is not.
/// </summary>
public static class ArticleSkeleton
{
    public static IReadOnlyList<SkeletonPart> Of(Article article, string contentRoot)
    {
        var map = new SourceMap(article.SourcePath, article.BodyLineOffset);
        var parts = new List<SkeletonPart>();
        foreach (var node in article.Body.Descendants())
        {
            var part = node switch
            {
                HeadingBlock h => new SkeletonPart("heading", h.Level.ToString(System.Globalization.CultureInfo.InvariantCulture), map.Line(h), map.Column(h)),
                ListBlock l => new SkeletonPart("list", $"{l.Count} {(l.IsOrdered ? "numbered" : "bulleted")} list items", map.Line(l), map.Column(l)),
                CustomContainer { Info: LeafletMarkdown.CalloutInfo } c => new SkeletonPart("callout", "", map.Line(c), map.Column(c)),
                LinkInline { IsImage: true } i => new SkeletonPart("picture", $"'{i.Url}'", map.Line(i), map.Column(i), Picture(i.Url, article)),
                LinkInline { IsImage: false } a => new SkeletonPart("link", Target(a.Url, article, contentRoot), map.Line(a), map.Column(a)),
                AutolinkInline a => new SkeletonPart("link", Target(a.Url, article, contentRoot), map.Line(a), map.Column(a)),
                _ => null,
            };
            if (part is not null) parts.Add(part);
        }
        return parts;
    }

    /// <summary>
    /// What a link leads to, not how it is written: another leaflet by name whatever its language
    /// folder (a translator may have to link the source language's page), the same page, or a URL.
    /// Fragments are left out, since translated headings have translated ids.
    /// </summary>
    private static string Target(string? url, Article article, string contentRoot)
    {
        var (path, _) = ContentLinks.Split(url ?? "");
        if (path.Length == 0) return "a section of the same page";
        var leaflet = ContentLinks.ToArticle(url ?? "", article, contentRoot);
        return leaflet is { Slug.Length: > 0 } ? $"the leaflet '{leaflet.Slug}'" : $"'{path}'";
    }

    /// <summary>The picture file found, so images/a.png and ../images/a.png compare equal when they are one picture.</summary>
    private static string Picture(string? url, Article article) =>
        article.Pictures.FirstOrDefault(p => p.Reference == url)?.RelativePath ?? url ?? "";
}
