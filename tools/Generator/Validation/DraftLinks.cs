using Leaflet.Content;
using Leaflet.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Leaflet.Validation;

/// <summary>
/// A build that leaves drafts out must not publish a page whose text links to one: the link would
/// lead nowhere. A draft may link to another draft, since neither is published.
/// </summary>
public static class DraftLinks
{
    public static IEnumerable<Diagnostic> Check(Site site, IEnumerable<Article> articles, string contentRoot)
    {
        var drafts = site.Drafts.ToDictionary(a => (a.LanguageCode, a.Slug));
        if (drafts.Count == 0) yield break;
        foreach (var article in articles.Where(a => !a.FrontMatter.Draft))
        {
            var map = new SourceMap(article.SourcePath, article.BodyLineOffset);
            var links = article.Body.Descendants<LinkInline>().Where(l => !l.IsImage).Select(l => ((Inline)l, l.Url ?? ""))
                .Concat(article.Body.Descendants<AutolinkInline>().Select(l => ((Inline)l, l.Url)));
            foreach (var (link, url) in links)
            {
                if (ContentLinks.ToArticle(url, article, contentRoot) is not { } target) continue;
                if (!drafts.TryGetValue((target.LanguageCode, target.Slug), out var draft)) continue;
                yield return map.Report(DiagnosticCodes.DraftLink, link,
                    $"link '{url}' in {article.SourcePath} leads to {draft.SourcePath}, a draft the build leaves out; publish the draft (remove 'draft: true') or remove the link");
            }
        }
    }
}
