using System.Globalization;

namespace Leaflet.Pdf.Layout;

/// <summary>
/// The running footer: a rule, the leaflet's title at the start edge (shortened with an ellipsis
/// when it would meet the page label) and "Page N of M" at the end edge — title on the left for a
/// left-to-right language, on the right for a right-to-left one; below them, in smaller type and
/// from the start edge, the leaflet's identity (code, version, review date) when it has one. On a
/// draft, the draft banner is centred in the top margin of every page. An artifact: readers skip
/// it, as they would a printed page's furniture.
/// </summary>
public sealed class PageFooter(string title, string pageLabelFormat, CultureInfo culture, TextMeasurer measurer, Typography typography,
    string? identity = null)
{
    private readonly object _owner = new();

    /// <summary>Null for a leaflet that is not a draft.</summary>
    public string? DraftBanner { get; init; }

    /// <summary>The identity line's size as a fraction of the body text's.</summary>
    public double IdentityScale { get; init; } = 0.75;

    /// <summary>The digits of the page number and count ("صفحة ١ من ٧" with native Arabic digits).</summary>
    public Content.Digits Digits { get; init; } = Content.Digits.Latin;

    public void Draw(ICanvas canvas, int page, int pages)
    {
        var style = new TextStyle(Fonts.FontStyle.Regular, typography.BodySize, typography.Muted);
        var body = typography.Body;
        var baseline = typography.FooterBaseline;
        var label = string.Format(culture, pageLabelFormat, Digits.Format(page), Digits.Format(pages));
        var labelWidth = measurer.Width(label, style);
        var room = body.Width - labelWidth - typography.BodySize * 2;
        canvas.BeginTag(Tag.Artifact, _owner);
        canvas.FillRectangle(new Rect(body.X, baseline - typography.BodySize * 1.6, body.Width, 0.5), typography.Rule, decorative: true);
        var shortened = Shorten(title, style, room);
        if (measurer.RightToLeft)
        {
            Draw(canvas, shortened, style, body.Right - measurer.Width(shortened, style), baseline);
            Draw(canvas, label, style, body.X, baseline);
        }
        else
        {
            Draw(canvas, shortened, style, body.X, baseline);
            Draw(canvas, label, style, body.Right - labelWidth, baseline);
        }
        if (identity is not null)
        {
            var small = style with { Size = typography.BodySize * IdentityScale };
            var line = Shorten(identity, small, body.Width);
            var x = measurer.RightToLeft ? body.Right - measurer.Width(line, small) : body.X;
            Draw(canvas, line, small, x, baseline + small.Size * 1.25);
        }
        if (DraftBanner is { } banner)
        {
            var bold = style with { Font = Fonts.FontStyle.Bold, Color = typography.Text };
            Draw(canvas, banner, bold, body.X + (body.Width - measurer.Width(banner, bold)) / 2, typography.MarginTop * 0.55);
        }
        canvas.EndTag(_owner);
    }

    private void Draw(ICanvas canvas, string text, TextStyle style, double x, double baseline) =>
        SingleLine.Draw(canvas, measurer.Shape(text, style), style, x, baseline);

    /// <summary>The title cut after a whole grapheme cluster, with an ellipsis, so that it fits the room.</summary>
    private string Shorten(string text, TextStyle style, double room)
    {
        if (measurer.Width(text, style) <= room) return text;
        var boundaries = StringInfo.ParseCombiningCharacters(text);
        for (var count = boundaries.Length - 1; count > 0; count--)
        {
            var shortened = string.Concat(text.AsSpan(0, boundaries[count]).TrimEnd(), "…");
            if (measurer.Width(shortened, style) <= room) return shortened;
        }
        return "…";
    }
}
