using System.Globalization;
using Leaflet.Content;
using Leaflet.Routing;

namespace Leaflet.Html;

/// <summary>Builds the model of each page kind from the site model and the routes.</summary>
public sealed class PageModels(Site site, Routes routes)
{
    private Language Default => site.DefaultLanguage;

    public PageModel Chooser() => Base(routes.Chooser, Default, "chooser", Default.Strings["site_title"],
            Default.Strings["choose_language"], LanguageIndexAlternates()) with
        {
            Languages = site.Languages.Select(l => LanguageLink(routes.Chooser, l, routes.LanguageIndex(l.Code))).ToList(),
        };

    public PageModel LanguageIndex(Language language)
    {
        var route = routes.LanguageIndex(language.Code);
        var leaflets = site.Leaflets.Select(l => l.In(language.Code)).OfType<Article>()
            .OrderBy(a => a.FrontMatter.Title, StringComparer.Create(language.Culture, ignoreCase: true))
            .Select(a => new LeafletLinkModel(a.FrontMatter.Title, a.FrontMatter.Description, routes.Relative(route, routes.Leaflet(a))))
            .ToList();
        return Base(route, language, "language", language.Strings["site_title"], language.Strings["leaflets"], LanguageIndexAlternates()) with
        {
            Switcher = site.Languages.Where(l => l != language).Select(l => LanguageLink(route, l, routes.LanguageIndex(l.Code))).ToList(),
            Leaflets = leaflets,
        };
    }

    public PageModel Leaflet(LeafletEntry leaflet, Article article, string bodyHtml, IReadOnlyList<DownloadModel> downloads)
    {
        var language = site.Languages.First(l => l.Code == article.LanguageCode);
        var route = routes.Leaflet(article);
        var others = leaflet.Translations.Where(a => a != article)
            .Select(a => LanguageLink(route, site.Languages.First(l => l.Code == a.LanguageCode), routes.Leaflet(a)))
            .ToList();
        var front = article.FrontMatter;
        var toc = Nest(article.Contents);
        var model = new ArticleModel(front.Title, front.Subtitle, bodyHtml, toc,
            Date(front.Published, language), Date(front.LastReviewed, language), front.NextReview is { } next ? Date(next, language) : null, downloads)
        {
            Code = front.Code,
            Version = front.Version,
        };
        return Base(route, language, "leaflet", $"{front.Title} | {language.Strings["site_title"]}", front.Description, LeafletAlternates(leaflet)) with
        {
            OgType = "article",
            Switcher = others,
            Article = model,
            Draft = front.Draft,
        };
    }

    /// <summary>Hosts serve 404.html at any depth, so its links are root-relative from the base URL's path.</summary>
    public PageModel NotFound() => Base(routes.NotFound, Default, "not-found", Default.Strings["not_found_title"],
            Default.Strings["not_found_text"], []) with
        {
            Canonical = routes.Absolute(routes.NotFound).AbsoluteUri,
            Stylesheet = routes.RootRelative(routes.Stylesheet),
            HomeHref = routes.RootRelative(routes.Chooser),
            Languages = site.Languages
                .Select(l => new LanguageLinkModel(l.Code, l.Name, l.Direction, routes.RootRelative(routes.LanguageIndex(l.Code)), l.Strings["back_to_leaflets"]))
                .ToList(),
        };

    private PageModel Base(Route route, Language language, string kind, string title, string description, IReadOnlyList<AlternateModel> alternates) => new()
    {
        Kind = kind,
        Lang = language.Code,
        Dir = language.Direction,
        Title = title,
        Description = description,
        Canonical = routes.Absolute(route).AbsoluteUri,
        OgLocale = language.Culture.Name.Replace('-', '_'),
        OgType = "website",
        Stylesheet = routes.Relative(route, routes.Stylesheet),
        HomeHref = routes.Relative(route, kind == "chooser" ? routes.Chooser : routes.LanguageIndex(language.Code)),
        SiteName = language.Strings["site_title"],
        Publisher = site.Configuration.Publisher,
        Alternates = alternates,
        Strings = language.Strings,
        ListDigits = language.Digits.AreLatin ? null : string.Join(' ', language.Digits.Symbols),
    };

    private IReadOnlyList<AlternateModel> LanguageIndexAlternates() =>
        site.Languages.Select(l => new AlternateModel(l.Code, routes.Absolute(routes.LanguageIndex(l.Code)).AbsoluteUri))
            .Append(new AlternateModel("x-default", routes.Absolute(routes.Chooser).AbsoluteUri))
            .ToList();

    /// <summary>Every translation lists all of them, itself included, so the alternates are reciprocal.</summary>
    private IReadOnlyList<AlternateModel> LeafletAlternates(LeafletEntry leaflet)
    {
        var fallback = leaflet.In(site.Configuration.DefaultLanguage) ?? leaflet.Translations[0];
        return leaflet.Translations
            .Select(a => new AlternateModel(a.LanguageCode, routes.Absolute(routes.Leaflet(a)).AbsoluteUri))
            .Append(new AlternateModel("x-default", routes.Absolute(routes.Leaflet(fallback)).AbsoluteUri))
            .ToList();
    }

    private LanguageLinkModel LanguageLink(Route from, Language language, Route to) =>
        new(language.Code, language.Name, language.Direction, routes.Relative(from, to), language.Strings["site_title"]);

    private static IReadOnlyList<TocEntryModel> Nest(IReadOnlyList<TocEntry> entries)
    {
        var top = new List<TocEntryModel>();
        var children = new List<TocEntryModel>();
        TocEntry? parent = null;

        void Close()
        {
            if (parent is not null) top.Add(Entry(parent, children.ToList()));
            children.Clear();
        }

        foreach (var entry in entries)
        {
            if (entry.Level == 3 && parent is not null)
            {
                children.Add(Entry(entry, []));
                continue;
            }
            Close();
            parent = entry;
        }
        Close();
        return top;
    }

    private static TocEntryModel Entry(TocEntry entry, IReadOnlyList<TocEntryModel> children) =>
        new(entry.Level, entry.Text, "#" + UrlText.EscapeFragment(entry.Id), children);

    private static DateModel Date(DateOnly date, Language language) =>
        new(language.FormatDate(date), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
