using Scriban.Runtime;

namespace Leaflet.Html;

/// <summary>What a template sees as <c>page</c>. Templates escape every string that came from content.</summary>
public sealed record PageModel
{
    public required string Kind { get; init; }
    public required string Lang { get; init; }
    public required string Dir { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Canonical { get; init; }
    public required string OgLocale { get; init; }
    public required string OgType { get; init; }
    public required string Stylesheet { get; init; }
    public required string HomeHref { get; init; }
    public required string SiteName { get; init; }
    public required string Publisher { get; init; }
    public required IReadOnlyList<AlternateModel> Alternates { get; init; }
    public IReadOnlyList<LanguageLinkModel> Switcher { get; init; } = [];
    public IReadOnlyList<LanguageLinkModel> Languages { get; init; } = [];
    public IReadOnlyList<LeafletLinkModel> Leaflets { get; init; } = [];
    public ArticleModel? Article { get; init; }

    /// <summary>
    /// The language's digits for 0 to 9, space-separated, when they are not the Latin ones: the page's
    /// ordered lists count in them, as its dates and its PDFs do. Null for Latin digits.
    /// </summary>
    public string? ListDigits { get; init; }

    /// <summary>A draft's page, which shows the language's <c>draft_banner</c>.</summary>
    public bool Draft { get; init; }

    [ScriptMemberIgnore]
    public required IReadOnlyDictionary<string, string> Strings { get; init; }
}

public sealed record AlternateModel(string Hreflang, string Href);

/// <summary>A link to a page in another language, labelled with that language's name in itself.</summary>
public sealed record LanguageLinkModel(string Code, string Name, string Dir, string Href, string SiteTitle);

public sealed record LeafletLinkModel(string Title, string Description, string Href);

public sealed record ArticleModel(
    string Title,
    string? Subtitle,
    string Body,
    IReadOnlyList<TocEntryModel> Toc,
    DateModel Published,
    DateModel LastReviewed,
    DateModel? NextReview,
    IReadOnlyList<DownloadModel> Downloads)
{
    public string? Code { get; init; }
    /// <summary>As written in the front matter: 1.10 stays 1.10.</summary>
    public string? Version { get; init; }
}

/// <summary>A contents entry; subsections nest under their section, as the headings do.</summary>
public sealed record TocEntryModel(int Level, string Text, string Href, IReadOnlyList<TocEntryModel> Children);

/// <summary>A date as readers of the page's language write it, and in ISO 8601 for &lt;time datetime&gt;.</summary>
public sealed record DateModel(string Text, string Iso);

/// <summary>A file offered for download, e.g. a printable leaflet, with its size for people paying for data, in the language's digits.</summary>
public sealed record DownloadModel(string Label, string Href, string Type, string SizeKb);
