using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Model;
using Leaflet.Pdf.Text.Bidi;

namespace Leaflet.Tests.Pdf.Layout;

/// <summary>
/// Mixed-direction lines with the fixed-width shaper (5 pt a character): segments come left to
/// right in visual order (UAX #9, L2), and a right-to-left paragraph's lines end at the right margin.
/// </summary>
public class BidiLayoutTests
{
    private static readonly TextStyle Regular = new(FontStyle.Regular, 10, new Rgb(0, 0, 0));

    private static readonly TextMeasurer RightToLeft = new(FontChains.Default, new FixedWidthShaper(), "und")
    {
        Ascent = 0.8, Descent = 0.2, Direction = BaseDirection.RightToLeft,
    };

    private static (string Text, double X, double Width, bool RightToLeft)[] Segments(TextLine line) =>
        [.. line.Segments.Select(s => (s.Text, s.X, s.Width, s.Run.RightToLeft))];

    [Fact]
    public void A_number_and_a_latin_word_inside_a_right_to_left_sentence_keep_their_own_order()
    {
        // Logical: alef-bet-gimel, "0,5", "PDF", dalet-he-vav; read from the right: אבג 0,5 PDF דהו.
        var lines = LineBreaker.Break([new StyledRun("אבג 0,5 PDF דהו", Regular)], 160, RightToLeft);

        var line = Assert.Single(lines);
        Assert.Equal(
            [("דהו", 0.0, 15.0, true), (" ", 15, 5, true), ("PDF", 20, 15, false), (" ", 35, 5, true), ("0,5", 40, 15, false), ("אבג ", 55, 20, true)],
            Segments(line));
        Assert.Equal(75, line.Advance);
    }

    [Fact]
    public void Right_to_left_words_quoted_in_a_left_to_right_sentence_read_from_their_right()
    {
        var lines = LineBreaker.Break([new StyledRun("He said שלום עולם today", Regular)], 160, TestLayout.Measurer);

        var line = Assert.Single(lines);
        Assert.Equal(
            [("He said ", 0.0, 40.0, false), ("שלום עולם", 40, 45, true), (" ", 85, 5, false), ("today", 90, 25, false)],
            Segments(line));
    }

    [Fact]
    public void A_web_address_and_a_parenthesis_in_a_right_to_left_sentence_stay_whole()
    {
        var lines = LineBreaker.Break([new StyledRun("ראו (example.org/a) שם", Regular)], 160, RightToLeft);

        // Read from the right: ראו, the parenthesis opening on the right, the address left to right, the closing one, שם.
        Assert.Equal(
            [("שם", 0.0, 10.0, true), (") ", 10, 10, true), ("example.org/a", 20, 65, false), ("ראו (", 85, 25, true)],
            Segments(Assert.Single(lines)));
    }

    [Fact]
    public void Each_line_of_a_right_to_left_paragraph_ends_at_the_right_margin()
    {
        var factory = new ElementFactory(TestLayout.Typography, RightToLeft);
        var text = string.Join(" ", Enumerable.Repeat("אבגדה", 8)) + " PDF";
        var canvas = TestLayout.Render(factory.Column([new ParagraphBlock([new Run(text)], 1)]));

        var body = canvas.Items.Where(i => i.Kind == "text" && i.Y < 170).ToList();
        var lines = body.GroupBy(i => i.Y).ToList();
        Assert.Equal(2, lines.Count);
        // The body is 160 pt wide from x = 20: each line's rightmost segment ends at 180 (its trailing space is at its left).
        foreach (var line in lines)
        {
            var rightmost = line.MaxBy(i => i.X)!;
            Assert.Equal(180, rightmost.X + rightmost.Text.Length * 5, 6);
        }
        // The first line holds the paragraph's first five words (6 × 5 characters fit in 32): its first word is at the right.
        var first = lines[0].OrderBy(i => i.X).ToList();
        Assert.Equal("אבגדה אבגדה אבגדה אבגדה אבגדה ", first.Single().Text);
        Assert.Equal(180 - 30 * 5, first.Single().X, 6);
        // The second line: three words and "PDF" at its left end, where the sentence ends.
        var second = lines[1].OrderBy(i => i.X).ToList();
        Assert.Equal(["PDF", "אבגדה אבגדה אבגדה "], second.Select(i => i.Text));
        Assert.Equal(180 - 21 * 5, second[0].X, 6);
    }

    [Fact]
    public void A_left_to_right_paragraph_is_not_resolved_further_and_starts_at_the_left_margin()
    {
        var items = TestLayout.Measurer.Shape([new StyledRun("Dose 0,5 ml (PDF)", Regular)]);

        Assert.All(items, i => Assert.Null(i.Bidi));
        var line = Assert.Single(LineBreaker.Break(items, 160, Leaflet.Pdf.Text.LineBreaking.LineBreakTailoring.Default));
        Assert.Equal([("Dose 0,5 ml (PDF)", 0.0, 85.0, false)], Segments(line));
    }
}
