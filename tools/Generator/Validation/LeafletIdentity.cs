using Leaflet.Content;
using Leaflet.Diagnostics;

namespace Leaflet.Validation;

/// <summary>
/// A printed leaflet is known by its code and version. Many sites use neither, so each finding is a
/// warning: an article without them, a code two leaflets share, and an article whose text changed
/// since <c>leaflet release</c> recorded its version while the version stayed the same.
/// </summary>
public static class LeafletIdentity
{
    public static IEnumerable<Diagnostic> Check(Site site, LeafletEntry leaflet)
    {
        foreach (var article in leaflet.Translations)
        {
            var front = article.FrontMatter;
            var missing = (front.Code, front.Version) switch
            {
                (null, null) => "no code and no version; add 'code: DERM-014' and 'version: 1.0'",
                (null, _) => "no code; add 'code: DERM-014'",
                (_, null) => "no version; add 'version: 1.0'",
                _ => null,
            };
            if (missing is not null)
                yield return Diagnostic.Of(DiagnosticCodes.IdentityMissing, article.SourcePath, 1, 1,
                    $"the leaflet has {missing} so a printed copy can be told apart from the next");
            if (front.Code is { } code && OtherLeafletWith(site, leaflet, code) is { } other)
                yield return Diagnostic.Of(DiagnosticCodes.DuplicateCode, article.SourcePath, front.CodeLine, 1,
                    $"the code '{code}' is also the code of {other.SourcePath}; each leaflet needs its own");
            if (front.Released is { } released && released.Version == front.Version && ReleaseHash.Of(article) != released.Hash)
                yield return Diagnostic.Of(DiagnosticCodes.ChangedWithoutNewVersion, article.SourcePath, released.Line, 1,
                    $"the article changed since version {released.Version} was released; raise 'version' and run 'leaflet release {article.SourcePath}'");
        }
    }

    private static Article? OtherLeafletWith(Site site, LeafletEntry leaflet, string code) =>
        site.Leaflets.Where(l => l != leaflet).SelectMany(l => l.Translations)
            .FirstOrDefault(a => string.Equals(a.FrontMatter.Code, code, StringComparison.OrdinalIgnoreCase));
}
