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
    public static Finding Of(PageLink link, DiagnosticCode code, string message, bool namesPage = false) =>
        new(link.Page, link.Line, link.Column, link.Href, code.Severity, code.Id, message, namesPage);

    /// <summary>A problem with the page as a whole rather than with one of its links.</summary>
    public static Finding OnPage(string page, int line, int column, DiagnosticCode code, string message) =>
        new(page, line, column, null, code.Severity, code.Id, message);

    public Diagnostic Place(LinkOriginResolver? origin)
    {
        var source = Href is null || origin is null ? null : origin(Page, Href);
        if (source is null) return new Diagnostic(Severity, Code, Page, Line, Column, Message);
        var message = NamesPage ? Message : $"{Message} on {Page}";
        return new Diagnostic(Severity, Code, source.File, source.Line, source.Column, message);
    }
}
