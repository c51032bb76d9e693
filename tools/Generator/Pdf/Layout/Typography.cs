namespace Leaflet.Pdf.Layout;

/// <summary>
/// Sizes, spacing, colours and page margins of one print size. Chosen for readers with low
/// vision: body 12 pt (16 pt in large print, as UK large-print guidance asks), line height
/// 1.45, and wide side margins for a measure of about 67 characters in the standard leaflet.
/// </summary>
public sealed record Typography
{
    public const double A4Width = 595.276;
    public const double A4Height = 841.89;

    public required double BodySize { get; init; }
    public required double H1Size { get; init; }
    public required double H2Size { get; init; }
    public required double H3Size { get; init; }
    public required double SubtitleSize { get; init; }
    public required double MarginX { get; init; }
    public required double MarginTop { get; init; }
    /// <summary>From the page's bottom edge to the body's bottom; the footer sits inside it.</summary>
    public required double MarginBottom { get; init; }
    public double LineHeightFactor { get; init; } = 1.45;
    public double PageWidth { get; init; } = A4Width;
    public double PageHeight { get; init; } = A4Height;

    public Rgb Text { get; init; } = new(0x11, 0x11, 0x11);
    public Rgb Link { get; init; } = new(0x0B, 0x4F, 0x9C);
    public Rgb Muted { get; init; } = new(0x44, 0x44, 0x44);
    public Rgb CalloutBackground { get; init; } = new(0xE8, 0xF1, 0xFB);
    public Rgb CalloutBar { get; init; } = new(0x1D, 0x5F, 0xA8);
    public Rgb Rule { get; init; } = new(0x99, 0x99, 0x99);

    public double LineHeight(double size) => size * LineHeightFactor;
    public double ParagraphGap => BodySize * 0.75;
    public Rect Body => new(MarginX, MarginTop, PageWidth - 2 * MarginX, PageHeight - MarginTop - MarginBottom);

    /// <summary>
    /// Nested lists and callouts indent no further once the text is this narrow: thirty callouts
    /// inside each other would otherwise leave room for one letter a line and thousands of pages.
    /// </summary>
    public double NarrowestColumn => Body.Width / 3;
    /// <summary>The footer's baseline, below the body and above the page's bottom edge.</summary>
    public double FooterBaseline => PageHeight - MarginBottom * 0.45;

    public static Typography For(PrintSize size) => size switch
    {
        PrintSize.Large => new Typography
        {
            BodySize = 16, H1Size = 30, H2Size = 23, H3Size = 19, SubtitleSize = 19,
            MarginX = 54, MarginTop = 54, MarginBottom = 72,
        },
        _ => new Typography
        {
            BodySize = 12, H1Size = 24, H2Size = 17, H3Size = 14, SubtitleSize = 14.5,
            MarginX = 98, MarginTop = 62, MarginBottom = 70,
        },
    };
}
