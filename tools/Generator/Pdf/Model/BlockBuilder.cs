using Leaflet.Content;
using Leaflet.Diagnostics;
using Markdig.Extensions.CustomContainers;
using Md = Markdig.Syntax;

namespace Leaflet.Pdf.Model;

/// <summary>
/// Turns the Markdig syntax tree into the leaflet's blocks: headings, paragraphs, lists,
/// callouts and pictures. What a printed leaflet cannot show is left out with a warning.
/// </summary>
public sealed class BlockBuilder(LeafletPdfRequest request, GlyphFilter glyphs, List<Diagnostic> diagnostics)
{
    private readonly SourceMap _source = request.Source;

    public IReadOnlyList<Block> Build(Md.MarkdownDocument document) => Blocks(document);

    private List<Block> Blocks(Md.ContainerBlock container)
    {
        var blocks = new List<Block>();
        foreach (var child in container) Add(child, blocks);
        return blocks;
    }

    private void Add(Md.Block block, List<Block> blocks)
    {
        var line = _source.Line(block);
        switch (block)
        {
            case Md.HeadingBlock heading:
                // The title is the only H1; a Markdown "#" in the body is a section like "##".
                var level = Math.Clamp(heading.Level, 2, 3);
                blocks.Add(new HeadingBlock(level, Inlines(heading.Inline, bold: true), line));
                break;
            case Md.ParagraphBlock paragraph:
                new InlineBuilder(request, glyphs, diagnostics, blocks, line).Add(paragraph.Inline);
                break;
            case Md.ListBlock list:
                var start = int.TryParse(list.OrderedStart, out var n) ? n : 1;
                var items = list.OfType<Md.ListItemBlock>().Select(i => new ListItemBlock(Blocks(i), _source.Line(i))).ToList();
                blocks.Add(new ListBlock(list.IsOrdered, start, items, line));
                break;
            case CustomContainer { Info: LeafletMarkdown.CalloutInfo } callout:
                blocks.Add(new CalloutBlock(Blocks(callout), line));
                break;
            case Md.QuoteBlock quote:
                blocks.Add(new CalloutBlock(Blocks(quote), line));
                break;
            case Md.ContainerBlock other when other is CustomContainer:
                blocks.AddRange(Blocks(other));
                break;
            case Md.ThematicBreakBlock or Md.LinkReferenceDefinitionGroup or Md.BlankLineBlock:
                break;
            default:
                diagnostics.Add(_source.Report(DiagnosticCodes.PdfUnsupportedBlock, block,
                    $"A {Describe(block)} cannot be shown in the printed leaflet; the PDF leaves it out."));
                break;
        }
    }

    private IReadOnlyList<Run> Inlines(Markdig.Syntax.Inlines.ContainerInline? inline, bool bold)
    {
        var sink = new List<Block>();
        var builder = new InlineBuilder(request, glyphs, diagnostics, sink, 0, bold);
        return builder.Runs(inline);
    }

    private static string Describe(Md.Block block) => block switch
    {
        Md.FencedCodeBlock or Md.CodeBlock => "code block",
        Md.HtmlBlock => "block of HTML",
        _ => block.GetType().Name,
    };
}
