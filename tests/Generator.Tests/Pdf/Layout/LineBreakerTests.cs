using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;

namespace Leaflet.Tests.Pdf.Layout;

public class LineBreakerTests
{
    private static readonly Rgb Ink = new(0, 0, 0);
    private static TextStyle Style(FontStyle font) => new(font, 10, Ink);

    [Fact]
    public void Mixed_runs_break_at_spaces_and_keep_their_styles_and_trailing_space()
    {
        var link = new Uri("https://example.org/water");
        StyledRun[] runs =
        [
            new("Take ", Style(FontStyle.Regular)),
            new("two tablets", Style(FontStyle.Bold)),
            new(" every day with ", Style(FontStyle.Regular)),
            new("water", Style(FontStyle.Italic), link),
        ];

        var lines = LineBreaker.Break(runs, 100, TestLayout.Measurer);

        Assert.Equal(2, lines.Count);
        Assert.Equal(
            [("Take ", FontStyle.Regular, 0.0, 25.0), ("two tablets", FontStyle.Bold, 25, 55), (" ", FontStyle.Regular, 80, 5)],
            lines[0].Segments.Select(s => (s.Text, s.Style.Font, s.X, s.Width)));
        Assert.Equal(80, lines[0].Width); // the trailing space does not count toward the fit
        Assert.Equal(
            [("every day with ", FontStyle.Regular, 0.0, 75.0, (Uri?)null), ("water", FontStyle.Italic, 75, 25, link)],
            lines[1].Segments.Select(s => (s.Text, s.Style.Font, s.X, s.Width, s.Link)));
        Assert.Equal(100, lines[1].Width);
    }

    [Fact]
    public void A_word_longer_than_a_line_breaks_between_characters()
    {
        var lines = LineBreaker.Break([new StyledRun("see " + new string('x', 30) + " now", Style(FontStyle.Regular))], 100, TestLayout.Measurer);

        Assert.Equal(["see ", new string('x', 20), new string('x', 10) + " now"], lines.Select(l => l.Text));
        Assert.All(lines, l => Assert.True(l.Width <= 100));
    }

    [Fact]
    public void A_long_address_breaks_after_a_slash_or_hyphen_when_it_can()
    {
        var lines = LineBreaker.Break([new StyledRun("https://example.org/red-dots-on-the-body/", Style(FontStyle.Regular))], 150, TestLayout.Measurer);

        Assert.Equal(["https://example.org/red-dots-", "on-the-body/"], lines.Select(l => l.Text));
    }

    [Fact]
    public void No_break_spaces_and_hard_breaks_are_respected()
    {
        var lines = LineBreaker.Break(
            [new StyledRun("aaaa bbbb 24\u00A0November\ncc", Style(FontStyle.Regular))], 75, TestLayout.Measurer);

        Assert.Equal(["aaaa bbbb ", "24\u00A0November ", "cc"], lines.Select(l => l.Text));
    }
}
