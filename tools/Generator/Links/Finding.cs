using Leaflet.Diagnostics;

namespace Leaflet.Links;

/// <summary>
/// A problem found on a page, before it is placed: the origin resolver may move it to the
/// content file the link was written in.
/// </summary>
/// <param name="Href">The raw link as written, which the origin resolver is asked about; null for problems that are not about one link.</param>
/// <param name="NamesPage">The message already names <paramref name="Page"/>, so moving it need not add the page again.</param>
internal sealed record Finding(
    string Page, int Line, int Column, string? Href, Severity Severity, string Code, string Message, bool NamesPage = false)
{
    public static Finding Error(PageLink link, string code, string message, bool namesPage = false) =>
        new(link.Page, link.Line, link.Column, link.Href, Severity.Error, code, message, namesPage);

    public static Finding Warning(PageLink link, string code, string message, bool namesPage = false) =>
        new(link.Page, link.Line, link.Column, link.Href, Severity.Warning, code, message, namesPage);

    public Diagnostic Place(LinkOriginResolver? origin)
    {
        var source = Href is null || origin is null ? null : origin(Page, Href);
        if (source is null) return new Diagnostic(Severity, Code, Page, Line, Column, Message);
        var message = NamesPage ? Message : $"{Message} on {Page}";
        return new Diagnostic(Severity, Code, source.File, source.Line, source.Column, message);
    }
}
