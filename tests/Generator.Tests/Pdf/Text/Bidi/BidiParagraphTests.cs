using System.Text;
using Leaflet.Pdf.Text.Bidi;

namespace Leaflet.Tests.Pdf.Text.Bidi;

/// <summary>
/// What a leaflet's mixed-direction sentences look like on a line: the characters from left to
/// right as the page shows them. <see cref="Backwards"/> spells a right-to-left word as it is drawn.
/// </summary>
public sealed class BidiParagraphTests
{
    [Fact]
    public void A_decimal_number_in_an_arabic_sentence_reads_left_to_right_at_its_place()
    {
        // "Take 0,5 ml daily": Arabic letters make the digits Arabic numbers (W2), still drawn left to right.
        const string text = "خذ 0,5 مل يوميا";
        Assert.Equal(Backwards("يوميا") + " " + Backwards("مل") + " 0,5 " + Backwards("خذ"), Visual(text, BaseDirection.RightToLeft));
    }

    [Fact]
    public void A_dose_with_its_unit_in_a_hebrew_sentence_keeps_the_number_whole()
    {
        const string text = "קח 0,5 מ״ג";
        Assert.Equal(Backwards("מ״ג") + " 0,5 " + Backwards("קח"), Visual(text, BaseDirection.RightToLeft));
    }

    [Fact]
    public void A_latin_word_in_an_arabic_sentence_is_one_left_to_right_run_between_right_to_left_runs()
    {
        const string text = "افتح ملف PDF الآن";
        Assert.Equal(Backwards("الآن") + " PDF " + Backwards("ملف") + " " + Backwards("افتح"), Visual(text, BaseDirection.RightToLeft));
        var paragraph = BidiParagraph.Resolve(text, BaseDirection.RightToLeft);
        Assert.Equal(
            [new BidiRun(12, 17, 1), new BidiRun(9, 12, 2), new BidiRun(0, 9, 1)],
            paragraph.VisualRuns(0, text.Length));
    }

    [Fact]
    public void A_web_address_in_an_arabic_sentence_keeps_its_slashes_dots_and_colon_in_place()
    {
        const string text = "زوروا https://example.org/ar/burns للمزيد";
        Assert.Equal(Backwards("للمزيد") + " https://example.org/ar/burns " + Backwards("زوروا"), Visual(text, BaseDirection.RightToLeft));
    }

    [Fact]
    public void Arabic_quoted_in_an_english_sentence_reads_right_to_left_inside_its_quotation_marks()
    {
        const string text = "The sign says \"مرحبا بكم\" at the door.";
        Assert.Equal("The sign says \"" + Backwards("مرحبا بكم") + "\" at the door.", Visual(text, BaseDirection.LeftToRight));
        Assert.Equal(0, BidiParagraph.Resolve(text, BaseDirection.Auto).ParagraphLevel);
    }

    [Fact]
    public void A_parenthesis_in_a_right_to_left_sentence_is_drawn_mirrored_so_it_still_opens_towards_its_content()
    {
        const string text = "الجرعة (مرتين) يوميا";
        // Reordered, the opening bracket lands on the left of its content; mirrored (L4), it is drawn "(".
        Assert.Equal(Backwards("يوميا") + " )" + Backwards("مرتين") + "( " + Backwards("الجرعة"), Visual(text, BaseDirection.RightToLeft));
        Assert.Equal(Backwards("يوميا") + " (" + Backwards("مرتين") + ") " + Backwards("الجرعة"), Visual(text, BaseDirection.RightToLeft, mirror: true));
    }

    [Fact]
    public void A_parenthesis_in_a_left_to_right_sentence_is_not_mirrored()
    {
        Assert.Equal("dose (twice) daily", Visual("dose (twice) daily", BaseDirection.LeftToRight, mirror: true));
        Assert.Equal(')', BidiMirroring.Mirror('('));
        Assert.Equal('»', BidiMirroring.Mirror('«'));
        Assert.Equal('a', BidiMirroring.Mirror('a'));
    }

    [Fact]
    public void Trailing_spaces_at_a_line_end_go_to_the_paragraph_level_and_the_lines_end_edge()
    {
        // Broken after "abc ", the space sits between two Latin words in the paragraph (level 2),
        // but at the end of the line L1 returns it to the paragraph level: the left edge of a right-to-left line.
        const string text = "مرحبا abc def";
        var paragraph = BidiParagraph.Resolve(text, BaseDirection.RightToLeft);
        const int lineEnd = 10;
        Assert.Equal(2, paragraph.Levels[lineEnd - 1]);
        Assert.Equal(1, paragraph.LineLevels(0, lineEnd)[lineEnd - 1]);
        Assert.Equal(" abc " + Backwards("مرحبا"), Visual(text, paragraph, 0, lineEnd));
        Assert.Equal("def", Visual(text, paragraph, lineEnd, text.Length));
    }

    [Fact]
    public void The_automatic_direction_is_that_of_the_first_letter_not_of_digits_or_punctuation()
    {
        Assert.Equal(1, BidiParagraph.Resolve("2. مرحبا PDF", BaseDirection.Auto).ParagraphLevel);
        Assert.Equal(0, BidiParagraph.Resolve("2. PDF مرحبا", BaseDirection.Auto).ParagraphLevel);
        Assert.Equal(0, BidiParagraph.Resolve("2.", BaseDirection.Auto).ParagraphLevel);
        Assert.Equal(1, BidiParagraph.Resolve("2.", BaseDirection.RightToLeft).ParagraphLevel);
    }

    [Fact]
    public void A_surrogate_pair_in_a_right_to_left_run_stays_whole_and_shares_its_level()
    {
        const string text = "مرحبا 𞤀 بكم";
        var paragraph = BidiParagraph.Resolve(text, BaseDirection.RightToLeft);
        Assert.Equal(paragraph.Levels[6], paragraph.Levels[7]);
        Assert.Equal(Backwards("بكم") + " 𞤀 " + Backwards("مرحبا"), Visual(text, BaseDirection.RightToLeft));
    }

    [Fact]
    public void Text_without_right_to_left_characters_stays_in_logical_order_at_level_zero()
    {
        const string text = "Take 0,5 мг (twice) daily.";
        var paragraph = BidiParagraph.Resolve(text, BaseDirection.Auto);
        Assert.All(paragraph.Levels.ToArray(), level => Assert.Equal(0, level));
        Assert.Equal(Enumerable.Range(0, text.Length), paragraph.VisualOrder(0, text.Length));
        Assert.Equal([new BidiRun(0, text.Length, 0)], paragraph.VisualRuns(0, text.Length));
    }

    [Fact]
    public void A_zero_width_joiner_between_arabic_letters_stays_inside_their_run_for_shaping()
    {
        // ZWJ is a boundary neutral that X9 removes; it keeps the level of the letter before it.
        const string text = "PDF ل\u200Dا";
        var paragraph = BidiParagraph.Resolve(text, BaseDirection.LeftToRight);
        Assert.Equal([new BidiRun(0, 4, 0), new BidiRun(4, 7, 1)], paragraph.VisualRuns(0, text.Length));
        Assert.Equal([0, 1, 2, 3, 6, 5, 4], paragraph.VisualOrder(0, text.Length));
    }

    [Fact]
    public void Each_paragraph_of_a_text_holding_separators_finds_its_own_direction()
    {
        const string text = "abc\r\nمرحبا بكم\u2029xyz";
        var paragraph = BidiParagraph.Resolve(text, BaseDirection.Auto);
        Assert.Equal(0, paragraph.ParagraphLevelAt(0));
        Assert.Equal(1, paragraph.ParagraphLevelAt(5));
        Assert.Equal(0, paragraph.ParagraphLevelAt(text.Length - 1));
        // The separators themselves take their paragraph's level (L1); a CR LF pair ends one paragraph.
        Assert.Equal([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0], paragraph.LineLevels(0, text.Length));
        Assert.Equal("\u2029" + Backwards("مرحبا بكم"), Visual(text, paragraph, 5, 15));
    }

    [Fact]
    public void Unassigned_code_points_take_the_default_class_of_their_block()
    {
        // DerivedBidiClass.txt's @missing lines: unassigned Hebrew-block and Arabic-block code points
        // are right-to-left, an unassigned currency sign a terminator, anything else unassigned L.
        Assert.Equal(BidiClass.R, BidiCharacters.ClassOf(0x05FF));
        Assert.Equal(BidiClass.AL, BidiCharacters.ClassOf(0x07BF));
        Assert.Equal(BidiClass.ET, BidiCharacters.ClassOf(0x20CF));
        Assert.Equal(BidiClass.L, BidiCharacters.ClassOf(0x0378));
        Assert.Equal(BidiClass.AL, BidiCharacters.ClassOf(0x1EEFF));
        Assert.Equal(BidiClass.BN, BidiCharacters.ClassOf(0xE0001));
    }

    [Fact]
    public void An_empty_paragraph_keeps_its_direction_and_has_no_runs()
    {
        var paragraph = BidiParagraph.Resolve("", BaseDirection.RightToLeft);
        Assert.Equal(0, paragraph.Length);
        Assert.True(paragraph.IsRightToLeft);
        Assert.Empty(paragraph.VisualRuns(0, 0));
        Assert.Empty(paragraph.VisualOrder(0, 0));
    }

    [Fact]
    public void A_line_outside_the_paragraph_is_refused()
    {
        var paragraph = BidiParagraph.Resolve("abc", BaseDirection.LeftToRight);
        Assert.Throws<ArgumentOutOfRangeException>(() => paragraph.VisualOrder(1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => paragraph.VisualRuns(2, 1));
    }

    private static string Visual(string text, BaseDirection direction, bool mirror = false) =>
        Visual(text, BidiParagraph.Resolve(text, direction), 0, text.Length, mirror);

    private static string Visual(string text, BidiParagraph paragraph, int lineStart, int lineEnd, bool mirror = false)
    {
        var levels = paragraph.LineLevels(lineStart, lineEnd);
        var visual = new StringBuilder();
        foreach (var i in paragraph.VisualOrder(lineStart, lineEnd))
        {
            visual.Append(mirror ? (char)BidiMirroring.ForLevel(text[i], levels[i - lineStart]) : text[i]);
        }
        return visual.ToString();
    }

    /// <summary>A right-to-left word as drawn from left to right: its characters reversed.</summary>
    private static string Backwards(string word) => new([.. word.Reverse()]);
}
