namespace Leaflet.Tests.Support;

public enum Kind
{
    Chooser,
    LanguageIndex,
    Leaflet,
    NotFound,
}

/// <summary>What a published page is, told from where it is: index.html, 404.html, xx/index.html or xx/slug/index.html.</summary>
public sealed record PageKind(Kind Kind, string? Language, string? Slug)
{
    public static PageKind Of(string page)
    {
        var parts = page.Split('/');
        return parts switch
        {
            ["index.html"] => new PageKind(Kind.Chooser, null, null),
            ["404.html"] => new PageKind(Kind.NotFound, null, null),
            [var language, "index.html"] => new PageKind(Kind.LanguageIndex, language, null),
            [var language, var slug, "index.html"] => new PageKind(Kind.Leaflet, language, slug),
            _ => throw new ArgumentException($"'{page}' is no page the site should have", nameof(page)),
        };
    }

    /// <summary>The chooser and 404.html speak the default language; every other page its folder's.</summary>
    public string LanguageOr(string defaultLanguage) => Language ?? defaultLanguage;
}
