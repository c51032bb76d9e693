using System.Globalization;
using System.Text;
using Leaflet.Content;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Leaflet.Tests.Docs;

/// <summary>
/// The links of a Markdown page and the anchors its headings give, read with Markdig (the parser the
/// generator uses) as GitHub renders the page: pipe tables are tables, code is never a link, and a
/// heading's anchor is GitHub's, not the generator's (which keeps no-break spaces as hyphens).
/// </summary>
public static class MarkdownLinks
{
    /// <summary>A link or picture as written, at its 1-based line and column.</summary>
    public sealed record Link(string Url, int Line, int Column);

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    public static MarkdownDocument Parse(string text) => Markdown.Parse(text, Pipeline);

    /// <summary>Every link and picture with a destination (reference links resolved), in source order.</summary>
    public static IReadOnlyList<Link> In(MarkdownDocument document) =>
        document.Descendants<LinkInline>()
            .Where(l => !string.IsNullOrEmpty(l.Url))
            .Select(l => new Link(l.Url!, l.Line + 1, l.Column + 1))
            .Concat(document.Descendants<AutolinkInline>().Select(a => new Link(a.Url, a.Line + 1, a.Column + 1)))
            .OrderBy(l => l.Line).ThenBy(l => l.Column)
            .ToList();

    /// <summary>The fragment every heading answers to on GitHub; a repeated one is numbered "-1", "-2", ….</summary>
    public static IReadOnlySet<string> Anchors(MarkdownDocument document)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var slug = GitHubSlug(InlineText.Of(heading.Inline));
            var anchor = slug;
            for (var n = 1; !anchors.Add(anchor); n++) anchor = $"{slug}-{n}";
        }
        return anchors;
    }

    /// <summary>
    /// GitHub's heading slug: lower case, letters, marks, digits, connector punctuation ("_"), hyphens and
    /// spaces kept, each space a hyphen, everything else dropped (so "`serve`: it's fast" is "serve-its-fast").
    /// </summary>
    public static string GitHubSlug(string heading)
    {
        var slug = new StringBuilder(heading.Length);
        foreach (var rune in heading.ToLowerInvariant().EnumerateRunes())
        {
            if (rune.Value == ' ') slug.Append('-');
            else if (rune.Value == '-' || Kept(Rune.GetUnicodeCategory(rune))) slug.Append(rune.ToString());
        }
        return slug.ToString();
    }

    private static bool Kept(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };
}
