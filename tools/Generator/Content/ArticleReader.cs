using Leaflet.Diagnostics;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Leaflet.Content;

/// <summary>Reads one content/&lt;lang&gt;/&lt;slug&gt;.md: front matter, Markdown parsed once, contents and pictures.</summary>
public sealed class ArticleReader(string contentRoot, SiteConfiguration configuration, IReadOnlySet<string> reservedIds)
{
    public Article? Read(string languageCode, string path, DiagnosticBag diagnostics)
    {
        var displayPath = DisplayPath.Of(path);
        var text = ContentFile.Read(path, displayPath, diagnostics);
        if (text is null) return null;
        var parts = FrontMatterReader.Read(text, displayPath, diagnostics);
        if (parts is null) return null;
        var (frontMatter, body, firstLine) = parts.Value;

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, LeafletMarkdown.Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("deeply nested", StringComparison.Ordinal))
        {
            // Markdig's own guard against exhausting the stack; say which file and what to do.
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.NestedTooDeep, displayPath, firstLine, 1,
                "the Markdown is nested too deeply (lists, quotes or emphasis inside each other); a leaflet needs at most a few levels"));
            return null;
        }
        var location = new SourceMap(displayPath, firstLine);
        if (MarkdownDepth.FirstTooDeep(document) is { } tooDeep)
        {
            diagnostics.Add(location.Report(DiagnosticCodes.NestedTooDeep, tooDeep,
                $"the Markdown is nested too deeply here, more than {MarkdownDepth.Max} levels (lists, quotes, emphasis or links inside each other); a leaflet needs at most a few levels"));
            return null;
        }
        HeadingIds.Assign(document, reservedIds);
        CheckMarkup(document, location, diagnostics);
        var pictures = new PictureResolver(contentRoot, languageCode).ResolveAll(document, path, location, diagnostics);

        var slug = Path.GetFileNameWithoutExtension(path);
        return new Article(slug, languageCode, displayPath, frontMatter, document, body, firstLine, Contents(document), pictures);
    }

    private static IReadOnlyList<TocEntry> Contents(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3)
            .Select(h => new TocEntry(h.Level, h.GetAttributes().Id ?? "", InlineText.Of(h.Inline)))
            .ToList();

    private void CheckMarkup(MarkdownDocument document, SourceMap location, DiagnosticBag diagnostics)
    {
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
            diagnostics.Add(location.Report(DiagnosticCodes.TitleInBody, heading,
                "the title in the front matter is the page's only level-1 heading; start sections with '##'"));

        if (configuration.AllowRawHtml) return;
        foreach (var block in document.Descendants<HtmlBlock>())
            diagnostics.Add(location.Report(DiagnosticCodes.RawHtml, block,
                "raw HTML is not allowed in a leaflet; write it in Markdown, or set allow_raw_html: true in the site configuration"));
        foreach (var inline in document.Descendants<HtmlInline>())
            diagnostics.Add(location.Report(DiagnosticCodes.RawHtml, inline,
                $"raw HTML '{inline.Tag}' is not allowed in a leaflet; write it in Markdown, or set allow_raw_html: true in the site configuration"));
    }
}
