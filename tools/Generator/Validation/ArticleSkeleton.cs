using Leaflet.Content;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Leaflet.Validation;

/// <summary>One structural element of an article, in reading order, with where it stands in its file.</summary>
public sealed record SkeletonPart(string Kind, string Shape, int Line, int Column)
{
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
    public static IReadOnlyList<SkeletonPart> Of(Article article)
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
                LinkInline { IsImage: true } i => new SkeletonPart("picture", $"'{i.Url}'", map.Line(i), map.Column(i)),
                LinkInline { IsImage: false } a => new SkeletonPart("link", $"'{Target(a.Url)}'", map.Line(a), map.Column(a)),
                _ => null,
            };
            if (part is not null) parts.Add(part);
        }
        return parts;
    }

    /// <summary>A link to a section keeps its target page but not its fragment: translated headings have translated ids.</summary>
    private static string Target(string? url)
    {
        var (path, _) = ContentLinks.Split(url ?? "");
        return path.Length == 0 ? "a section of the same page" : path;
    }
}
