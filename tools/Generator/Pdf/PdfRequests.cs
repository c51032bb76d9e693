using Leaflet.Content;
using Leaflet.Routing;

namespace Leaflet.Pdf;

/// <summary>Builds the PDF stage's request for an article from the site model and the routes.</summary>
public sealed class PdfRequests(Routes routes, Site site, string contentRoot)
{
    public LeafletPdfRequest For(Article article, Language language, PrintSize size)
    {
        var front = article.FrontMatter;
        var strings = language.Strings;
        var pageUrl = routes.Absolute(routes.Leaflet(article));
        var dates = new List<(string, string)>
        {
            (strings["published"], language.FormatDate(front.Published)),
            (strings["last_reviewed"], language.FormatDate(front.LastReviewed)),
        };
        if (front.NextReview is { } next) dates.Add((strings["next_review"], language.FormatDate(next)));

        return new LeafletPdfRequest
        {
            Body = article.Body,
            SourcePath = article.SourcePath,
            BodyFirstLine = article.BodyLineOffset,
            Title = front.Title,
            Subtitle = front.Subtitle,
            Description = front.Description,
            Keywords = front.Keywords,
            Language = language.Culture.Name,
            Culture = language.Culture,
            RightToLeft = language.Direction == "rtl",
            Dates = dates,
            Disclaimer = strings["disclaimer"],
            PageLabelFormat = strings["page_of"],
            PageUrl = pageUrl,
            ResolveLink = url => ResolveLink(url, article, pageUrl),
            ResolveImage = reference => article.Pictures.FirstOrDefault(p => p.Reference == reference)?.SourceFile,
            Publisher = site.Configuration.Publisher,
            Modified = new DateTimeOffset(front.LastReviewed.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Size = size,
        };
    }

    /// <summary>A downloaded PDF has no site around it, so every link in it is absolute.</summary>
    private Uri? ResolveLink(string url, Article article, Uri pageUrl)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute)) return absolute;
        var target = ContentLinks.ToArticle(url, article, contentRoot);
        if (target is { Slug.Length: > 0 }) return routes.Absolute(routes.Leaflet(target.LanguageCode, target.Slug), target.Fragment);
        return Uri.TryCreate(pageUrl, url, out var relative) ? relative : null;
    }

}
