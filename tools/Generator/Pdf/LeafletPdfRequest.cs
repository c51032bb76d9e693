using System.Globalization;
using Leaflet.Content;
using Markdig.Syntax;

namespace Leaflet.Pdf;

public enum PrintSize
{
    /// <summary>Body text 12 pt.</summary>
    Standard,
    /// <summary>Body text 16 pt, headings larger, as UK large-print guidance asks.</summary>
    Large,
}

/// <summary>Everything one printable leaflet needs; the PDF stage looks nothing up itself.</summary>
public sealed record LeafletPdfRequest
{
    /// <summary>Parsed with <see cref="Content.LeafletMarkdown.Pipeline"/>; callouts are custom containers with Info "callout".</summary>
    public required MarkdownDocument Body { get; init; }
    /// <summary>The Markdown file, for diagnostics.</summary>
    public required string SourcePath { get; init; }
    /// <summary>The 1-based line of <see cref="SourcePath"/> that <see cref="Body"/> starts on, after the front matter: Markdig counts from it.</summary>
    public required int BodyFirstLine { get; init; }
    /// <summary>Positions in <see cref="Body"/> as the lines and columns of <see cref="SourcePath"/>.</summary>
    public SourceMap Source => new(SourcePath, BodyFirstLine);
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public required string Description { get; init; }
    /// <summary>For the document information and XMP, so archives and search can find the leaflet.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
    /// <summary>BCP 47 tag of the document's language.</summary>
    public required string Language { get; init; }
    public required CultureInfo Culture { get; init; }
    /// <summary>The language's direction (<c>direction: rtl</c>): every paragraph's base direction, and a mirrored layout.</summary>
    public bool RightToLeft { get; init; }
    /// <summary>
    /// The end matter's labelled lines, already formatted in the article's culture: the leaflet's code and
    /// version when it has them, then ("Published", "24 November 2026"), ...
    /// </summary>
    public required IReadOnlyList<(string Label, string Value)> Dates { get; init; }
    public required string Disclaimer { get; init; }
    /// <summary>The leaflet's code, such as DERM-014, for the document metadata; null when it has none.</summary>
    public string? Code { get; init; }
    /// <summary>The leaflet's version as written (1.10 stays 1.10), for the document metadata; null when it has none.</summary>
    public string? Version { get; init; }
    /// <summary>The footer's second line on every page, in the article's language (code, version, review date); null for none.</summary>
    public string? FooterIdentity { get; init; }
    /// <summary>An interface string with {0} for the page and {1} for the page count, such as "Page {0} of {1}".</summary>
    public required string PageLabelFormat { get; init; }
    /// <summary>The digits of the footer's page numbers and of ordered lists; the dates come already formatted.</summary>
    public Digits Digits { get; init; } = Digits.Latin;
    /// <summary>Printed at the top of every page of a draft, such as "Draft — not for patients"; null for a published leaflet.</summary>
    public string? DraftBanner { get; init; }
    /// <summary>The absolute URL of the leaflet's web page in the same language: the QR code's and printed address's target.</summary>
    public required Uri PageUrl { get; init; }
    /// <summary>A Markdown link target to an absolute URL; null drops the link and keeps its text.</summary>
    public required Func<string, Uri?> ResolveLink { get; init; }
    /// <summary>A Markdown image path to the full path of the PNG or JPEG file; null when there is none.</summary>
    public required Func<string, string?> ResolveImage { get; init; }
    public required string Publisher { get; init; }
    /// <summary>When the content was last reviewed, UTC: the PDF's dates, and the seed of its identifiers.</summary>
    public required DateTimeOffset Modified { get; init; }
    public PrintSize Size { get; init; } = PrintSize.Standard;
    /// <summary>The fallback chain of each style: the language's fonts, then the shipped Noto Sans.</summary>
    public Fonts.FontChains Fonts { get; init; } = Pdf.Fonts.FontChains.Default;
    /// <summary>Where the language lets lines end (its words that keep the next one on their line).</summary>
    public Text.LineBreaking.LineBreakTailoring LineBreaking { get; init; } = Text.LineBreaking.LineBreakTailoring.Default;
    /// <summary>The modules of <see cref="PageUrl"/>'s QR code when already known (both sizes print the same); made from it otherwise.</summary>
    public bool[,]? QrCode { get; init; }
}

/// <param name="Pages">The number of pages written.</param>
/// <param name="Links">Every link in the PDF and the QR code's target, for the link checker.</param>
public sealed record LeafletPdfResult(IReadOnlyList<Diagnostics.Diagnostic> Diagnostics, int Pages, IReadOnlyList<PdfLink> Links)
{
    /// <summary>In a bilingual PDF, where each column drew each heading, by page; empty for one language.</summary>
    public IReadOnlyList<Bilingual.HeadingPlacement> Headings { get; init; } = [];
}

/// <param name="Page">1-based.</param>
public sealed record PdfLink(int Page, string Url);
