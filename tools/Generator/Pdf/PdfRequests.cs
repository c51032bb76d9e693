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
        var dates = new List<(string, string)>();
        if (front.Code is { } code) dates.Add((strings["code"], code));
        if (front.Version is { } version) dates.Add((strings["version"], version));
        dates.AddRange(
        [
            (strings["published"], language.FormatDate(front.Published)),
            (strings["last_reviewed"], language.FormatDate(front.LastReviewed)),
        ]);
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
            Code = front.Code,
            Version = front.Version,
            FooterIdentity = FooterIdentity(front, language),
            PageLabelFormat = strings["page_of"],
            Digits = language.Digits,
            DraftBanner = front.Draft ? strings[InterfaceStrings.DraftBanner] : null,
            PageUrl = pageUrl,
            ResolveLink = url => ResolveLink(url, article, pageUrl),
            ResolveImage = reference => article.Pictures.FirstOrDefault(p => p.Reference == reference)?.SourceFile,
            Publisher = site.Configuration.Publisher,
            Modified = new DateTimeOffset(front.LastReviewed.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Size = size,
            LineBreaking = language.LineBreaking,
        };
    }

    /// <summary>
    /// "DERM-014 · Version 1.2 · Last reviewed 24 November 2026": what tells one printed copy from the next.
    /// A leaflet with neither code nor version keeps the one-line footer.
    /// </summary>
    private static string? FooterIdentity(FrontMatter front, Language language)
    {
        if (front.Code is null && front.Version is null) return null;
        var parts = new List<string>();
        if (front.Code is { } code) parts.Add(code);
        if (front.Version is { } version) parts.Add($"{language.Strings["version"]} {version}");
        parts.Add($"{language.Strings["last_reviewed"]} {language.FormatDate(front.LastReviewed)}");
        return string.Join(" · ", parts);
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
