using System.Globalization;

namespace Leaflet.Pdf.Layout;

/// <summary>
/// The running footer: a rule, the leaflet's title on the left (shortened with an ellipsis
/// when it would meet the page label) and "Page N of M" on the right; below them, in smaller
/// type, the leaflet's identity (code, version, review date) when it has one. An artifact:
/// readers skip it, as they would a printed page's furniture. On a draft, the draft banner is
/// centred in the top margin of every page.
/// </summary>
public sealed class PageFooter(string title, string pageLabelFormat, CultureInfo culture, TextMeasurer measurer, Typography typography,
    string? identity = null)
{
    private readonly object _owner = new();

    /// <summary>Null for a leaflet that is not a draft.</summary>
    public string? DraftBanner { get; init; }

    public void Draw(ICanvas canvas, int page, int pages)
    {
        var style = new TextStyle(Fonts.FontStyle.Regular, typography.BodySize, typography.Muted);
        var body = typography.Body;
        var baseline = typography.FooterBaseline;
        var label = string.Format(culture, pageLabelFormat, page, pages);
        var labelWidth = measurer.Width(label, style);
        var room = body.Width - labelWidth - typography.BodySize * 2;
        canvas.BeginTag(Tag.Artifact, _owner);
        canvas.FillRectangle(new Rect(body.X, baseline - typography.BodySize * 1.6, body.Width, 0.5), typography.Rule, decorative: true);
        Draw(canvas, Shorten(title, style, room), style, body.X, baseline);
        Draw(canvas, label, style, body.Right - labelWidth, baseline);
        if (identity is not null)
        {
            var small = style with { Size = typography.BodySize * 0.75 };
            Draw(canvas, Shorten(identity, small, body.Width), small, body.X, baseline + small.Size * 1.25);
        }
        if (DraftBanner is { } banner)
        {
            var bold = style with { Font = Fonts.FontStyle.Bold, Color = typography.Text };
            Draw(canvas, banner, bold, body.X + (body.Width - measurer.Width(banner, bold)) / 2, typography.MarginTop * 0.55);
        }
        canvas.EndTag(_owner);
    }

    private void Draw(ICanvas canvas, string text, TextStyle style, double x, double baseline)
    {
        foreach (var item in measurer.Shape(text, style))
        {
            canvas.DrawGlyphRun(item.Run, style, x, baseline);
            x += item.Run.Width;
        }
    }

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
