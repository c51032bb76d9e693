using System.Globalization;

namespace Leaflet.Pdf.Layout;

/// <summary>
/// The running footer: a rule, the leaflet's title on the left (shortened with an ellipsis
/// when it would meet the page label) and "Page N of M" on the right; below them, in smaller
/// type, the leaflet's identity (code, version, review date) when it has one. An artifact:
/// readers skip it, as they would a printed page's furniture.
/// </summary>
public sealed class PageFooter(string title, string pageLabelFormat, CultureInfo culture, ITextMeasurer measurer, Typography typography,
    string? identity = null)
{
    private readonly object _owner = new();

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
        canvas.DrawText(Shorten(title, style, room), style, body.X, baseline);
        canvas.DrawText(label, style, body.Right - labelWidth, baseline);
        if (identity is not null)
        {
            var small = style with { Size = typography.BodySize * 0.75 };
            canvas.DrawText(Shorten(identity, small, body.Width), small, body.X, baseline + small.Size * 1.25);
        }
        canvas.EndTag(_owner);
    }

    private string Shorten(string text, TextStyle style, double room)
    {
        if (measurer.Width(text, style) <= room) return text;
        var length = text.Length;
        while (length > 0 && measurer.Width(string.Concat(text.AsSpan(0, length).TrimEnd(), "…"), style) > room) length--;
        return string.Concat(text.AsSpan(0, length).TrimEnd(), "…");
    }
}
