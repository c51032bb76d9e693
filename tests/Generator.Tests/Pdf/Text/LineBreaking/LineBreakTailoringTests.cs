using Leaflet.Pdf.Text.LineBreaking;
using static Leaflet.Tests.Pdf.Text.LineBreaking.BreakMarks;

namespace Leaflet.Tests.Pdf.Text.LineBreaking;

/// <summary>
/// The leaflets' line breaking as a specification: "|" a line may end there, "¶" it must,
/// "¦" only when the word does not fit on a line.
/// </summary>
public class LineBreakTailoringTests
{
    private static readonly LineBreakTailoring Russian = new(["в", "к", "с", "у", "о", "и", "а"]);

    [Fact]
    public void Words_break_only_at_the_spaces_between_them()
    {
        Assert.Equal("Take |two |tablets |a |day.¶", Tailored("Take two tablets a day.", LineBreakTailoring.Default));
    }

    [Fact]
    public void Inside_a_word_no_line_ends_where_the_standard_alone_would_end_one()
    {
        Assert.Equal("Rest—then |drink?Yes.¶", Tailored("Rest—then drink?Yes.", LineBreakTailoring.Default));
        Assert.Equal("Rest|—|then |drink?|Yes.¶", Untailored("Rest—then drink?Yes."));
    }

    [Fact]
    public void A_long_address_or_compound_may_break_after_a_slash_or_hyphen_only_when_it_must()
    {
        Assert.Equal(
            "See |https://¦example.org/¦red-¦dots-¦on-¦the-¦body/ |now.¶",
            Tailored("See https://example.org/red-dots-on-the-body/ now.", LineBreakTailoring.Default));
        Assert.Equal("a |well-¦known |fact¶", Tailored("a well-known fact", LineBreakTailoring.Default));
    }

    [Fact]
    public void A_hyphen_before_a_number_binds_as_the_standard_says()
    {
        Assert.Equal("COVID-19 |vaccine¶", Tailored("COVID-19 vaccine", LineBreakTailoring.Default));
    }

    [Fact]
    public void A_no_break_space_holds_and_a_line_feed_must_end_the_line()
    {
        Assert.Equal("On |24\u00A0November\n¶come |back.¶", Tailored("On 24\u00A0November\ncome back.", LineBreakTailoring.Default));
    }

    [Fact]
    public void The_words_a_language_lists_keep_the_next_word_on_their_line()
    {
        Assert.Equal(
            "Прививку |делают |в поликлинике |и у врача |дома.¶",
            Tailored("Прививку делают в поликлинике и у врача дома.", Russian));
    }

    [Fact]
    public void Listed_words_match_in_any_case_and_after_punctuation_but_not_inside_longer_words()
    {
        Assert.Equal("В клинике |(с утра) |вас |ждут.¶", Tailored("В клинике (с утра) вас ждут.", Russian));
    }

    [Fact]
    public void Without_a_list_a_line_may_end_after_any_word()
    {
        Assert.Equal("делают |в |поликлинике¶", Tailored("делают в поликлинике", LineBreakTailoring.Default));
    }

    [Fact]
    public void A_listed_word_of_anything_but_letters_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new LineBreakTailoring(["в", "т.е."]));
        Assert.Contains("\"т.е.\"", error.Message);
        Assert.True(LineBreakTailoring.IsWord("в"));
        Assert.False(LineBreakTailoring.IsWord(""));
        Assert.False(LineBreakTailoring.IsWord("a b"));
    }

    [Fact]
    public void Chinese_keeps_the_standards_breaks_between_ideographs_and_around_its_punctuation()
    {
        const string text = "请在医院（门诊部）接种疫苗。请带上「身份证」，谢谢。";

        Assert.Equal("请|在|医|院|（门|诊|部）|接|种|疫|苗。|请|带|上|「身|份|证」，|谢|谢。¶", Tailored(text, Russian));
        Assert.Equal(Untailored(text), Tailored(text, LineBreakTailoring.Default));
    }

    [Fact]
    public void Latin_words_inside_Chinese_text_stay_whole_and_the_ideographs_around_them_still_break()
    {
        Assert.Equal("接|种|COVID-19|疫|苗¶", Tailored("接种COVID-19疫苗", LineBreakTailoring.Default));
    }
}
