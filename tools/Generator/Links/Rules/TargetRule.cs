using Leaflet.Diagnostics;

namespace Leaflet.Links.Rules;

/// <summary>An internal link must name a file of this build, as a static host would serve it.</summary>
internal static class TargetRule
{
    /// <returns>The file the link reaches, or null with the problem in <paramref name="finding"/>.</returns>
    public static string? Check(PageLink link, ResolvedLink target, CheckContext context, out Finding? finding)
    {
        var lookup = context.Site.Find(target.Path);
        finding = lookup.Status switch
        {
            TargetStatus.Found => null,
            TargetStatus.WrongCase => Finding.Of(link, DiagnosticCodes.WrongCase,
                $"link '{link.Href}' points to '{Shown(target.Path)}', which exists only as '{lookup.File}' (file names are case-sensitive on a web server)"),
            TargetStatus.FolderWithoutIndex => Finding.Of(link, DiagnosticCodes.FolderWithoutIndex,
                $"link '{link.Href}' points to folder '{Shown(target.Path)}', which has no {SiteIndex.IndexFile}"),
            _ => Finding.Of(link, DiagnosticCodes.TargetMissing,
                $"link '{link.Href}' points to '{Shown(target.Path)}', which is not in the site"),
        };
        return lookup.Status == TargetStatus.Found ? lookup.File : null;
    }

    private static string Shown(string path) => path.Length == 0 ? "/" : path;
}
