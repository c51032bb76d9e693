namespace Leaflet.Links;

/// <summary>Why a page refers to something, which decides the rules that apply beyond "the target exists".</summary>
internal enum LinkRole
{
    /// <summary>a and area: a reader follows it, so it may not wander into another language.</summary>
    Navigation,

    /// <summary>A navigation link that names its target's language (hreflang): the language switcher.</summary>
    LanguageSwitch,

    /// <summary>link rel="alternate" with hreflang: a translation that must point back.</summary>
    Alternate,

    /// <summary>Stylesheets, pictures, scripts, frames, media.</summary>
    Resource,

    /// <summary>Handed in from outside HTML (a PDF's links and QR target).</summary>
    Outside,
}

/// <summary>One reference found on a page, at the position of the element that holds it.</summary>
/// <param name="Page">The page path relative to the site root, or the file named by an outside source.</param>
/// <param name="Href">The attribute value as the parser decoded it (character references resolved).</param>
/// <param name="HrefLang">For alternates, the language the target is declared to be in.</param>
internal sealed record PageLink(string Page, int Line, int Column, string Href, LinkRole Role, string? HrefLang = null);
