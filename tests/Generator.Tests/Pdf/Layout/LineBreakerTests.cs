using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Text.LineBreaking;

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

    [Fact]
    public void A_word_the_language_lists_stays_on_the_line_of_the_word_after_it()
    {
        StyledRun[] runs = [new("aaaa bbbb в cccc", Style(FontStyle.Regular))];
        var tailored = new TextMeasurer(FontChains.Default, new FixedWidthShaper(), "ru-RU") { LineBreaking = new LineBreakTailoring(["в"]) };

        var plain = LineBreaker.Break(runs, 60, TestLayout.Measurer);
        var held = LineBreaker.Break(runs, 60, tailored);

        Assert.Equal(["aaaa bbbb в ", "cccc"], plain.Select(l => l.Text));
        Assert.Equal(["aaaa bbbb ", "в cccc"], held.Select(l => l.Text));
    }

    [Fact]
    public void Ideographs_break_between_each_other_but_never_before_closing_or_after_opening_punctuation()
    {
        // 20 characters a line: the full stop cannot start the second line, so the ideograph before it goes too.
        var closing = LineBreaker.Break([new StyledRun(new string('药', 20) + "。再见", Style(FontStyle.Regular))], 100, TestLayout.Measurer);
        var opening = LineBreaker.Break([new StyledRun(new string('药', 19) + "「再见」", Style(FontStyle.Regular))], 100, TestLayout.Measurer);

        Assert.Equal([new string('药', 19), "药。再见"], closing.Select(l => l.Text));
        Assert.Equal([new string('药', 19), "「再见」"], opening.Select(l => l.Text));
        Assert.All(closing.Concat(opening), l => Assert.True(l.Width <= 100));
    }

    [Fact]
    public void A_break_the_algorithm_forbids_after_a_space_is_not_taken()
    {
        // Before "!" (class EX) no line may end, even after a space: the word before it goes along.
        var lines = LineBreaker.Break([new StyledRun("aaaa bbbbbbbbbbbbbb !", Style(FontStyle.Regular))], 100, TestLayout.Measurer);

        Assert.Equal(["aaaa ", "bbbbbbbbbbbbbb !"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Consecutive_hard_breaks_leave_an_empty_line_and_spaces_after_a_break_are_dropped()
    {
        var lines = LineBreaker.Break([new StyledRun("aaaa\n\n  bbbb", Style(FontStyle.Regular))], 100, TestLayout.Measurer);

        Assert.Equal(["aaaa ", "", "bbbb"], lines.Select(l => l.Text));
    }
}
