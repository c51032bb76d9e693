using Leaflet.Links.Rules;

namespace Leaflet.Links;

/// <summary>What checking one page's links produced; the alternates and web links are finished off across pages.</summary>
internal sealed record PageCheck(IReadOnlyList<Finding> Findings, IReadOnlyList<Alternate> Alternates, IReadOnlyList<WebLink> WebLinks);

/// <summary>A link to another site, to be checked online when asked for.</summary>
internal sealed record WebLink(PageLink Link, Uri Url);

/// <summary>
/// Applies the rules to every link of one page (or one outside source). A link written
/// twice on a page is checked, and reported, once.
/// </summary>
internal sealed class PageChecker(CheckContext context)
{
    public PageCheck Check(ScannedPage page) =>
        Check(page.Links, context.Resolver.BaseOf(page), page, page.Findings);

    public PageCheck CheckOutside(IEnumerable<PageLink> links) => Check(links, DocumentBase.Root, null, []);

    private PageCheck Check(IEnumerable<PageLink> links, DocumentBase documentBase, ScannedPage? page, IEnumerable<Finding> found)
    {
        var findings = new List<Finding>(found);
        var alternates = new List<Alternate>();
        var webLinks = new List<WebLink>();
        var checkedLinks = new HashSet<(string Page, string Href)>();
        var checkedNavigation = new HashSet<(string Page, string Href)>();

        foreach (var link in links)
        {
            var first = checkedLinks.Add((link.Page, link.Href));
            // A repeated link has been reported already; only the rules that depend on its role remain.
            if (!first && link.Role is not (LinkRole.Navigation or LinkRole.Alternate)) continue;
            var target = context.Resolver.Resolve(link.Href, documentBase);
            string? file = null;
            if (target.Kind == LinkKind.Internal)
            {
                file = TargetRule.Check(link, target, context, out var missing);
                if (first) Add(findings, missing);
                if (first && file is not null && target.Fragment is { } fragment)
                    Add(findings, FragmentRule.Check(link, fragment, file, context));
                if (file is not null && page is not null && link.Role == LinkRole.Navigation && checkedNavigation.Add((link.Page, link.Href)))
                    Add(findings, LanguageRule.Check(link, page, file, context));
            }
            else if (first)
            {
                Add(findings, SchemeRule.Check(link, target));
                if (target is { Kind: LinkKind.External, Url: { } url }) webLinks.Add(new WebLink(link, url));
            }

            if (link.Role == LinkRole.Alternate)
                alternates.Add(new Alternate(link, link.HrefLang ?? "", file is not null && SiteIndex.IsPage(file) ? file : null));
        }
        return new PageCheck(findings, alternates, webLinks);
    }

    private static void Add(List<Finding> findings, Finding? finding)
    {
        if (finding is not null) findings.Add(finding);
    }
}
