using Leaflet.Pdf.Text.LineBreaking;
using static Leaflet.Tests.Pdf.Text.LineBreaking.BreakMarks;

namespace Leaflet.Tests.Pdf.Text.LineBreaking;

/// <summary>The untailored algorithm on the texts leaflets hold; LineBreakConformanceTests holds the standard's own cases.</summary>
public class UnicodeLineBreaksTests
{
    [Fact]
    public void Chinese_breaks_between_ideographs_but_not_before_closing_or_after_opening_punctuation()
    {
        Assert.Equal(
            "请|在|医|院|（门|诊|部）|接|种|疫|苗。|请|带|上|「身|份|证」，|谢|谢。¶",
            Untailored("请在医院（门诊部）接种疫苗。请带上「身份证」，谢谢。"));
    }

    [Fact]
    public void No_line_may_start_with_Chinese_closing_punctuation_nor_end_with_opening_punctuation()
    {
        const string closing = "，。、：；！？）」』】〕〉》";
        const string opening = "（「『【〔〈《";
        const string text = "疫苗（第一剂）已接种。请注意：「不要」饮酒；『休息』！可以吗？【注意】〔一〕〈二〉《指南》、完。";
        var breaks = 0;

        foreach (var opportunity in UnicodeLineBreaks.Enumerate(text))
        {
            breaks++;
            if (opportunity.Index < text.Length) Assert.DoesNotContain(text[opportunity.Index], closing);
            Assert.DoesNotContain(text[opportunity.Index - 1], opening);
        }
        Assert.True(breaks > 20, "the ideographs themselves are break opportunities");
    }

    [Fact]
    public void Japanese_small_kana_and_the_prolonged_sound_mark_stay_with_the_kana_before_them()
    {
        Assert.Equal("ちょっ|と|コー|ヒー|『休|憩』|で|す。¶", Untailored("ちょっとコーヒー『休憩』です。"));
    }

    [Fact]
    public void Thai_without_a_dictionary_stays_one_unbroken_run_between_spaces()
    {
        Assert.Equal("ภาษาไทยง่ายนิดเดียว |ครับ¶", Untailored("ภาษาไทยง่ายนิดเดียว ครับ"));
    }

    [Fact]
    public void Latin_text_breaks_after_spaces_and_hyphens_and_a_line_feed_is_mandatory()
    {
        Assert.Equal("Take |two |well-|known |tablets.\n¶Then |rest.¶", Untailored("Take two well-known tablets.\nThen rest."));
    }

    [Fact]
    public void Indices_count_UTF16_code_units_and_an_emoji_keeps_its_skin_tone()
    {
        Assert.Equal("👍🏽 |ok¶", Untailored("👍🏽 ok"));
    }

    [Fact]
    public void Find_fills_the_callers_span_and_refuses_one_too_short()
    {
        Span<LineBreakOpportunity> breaks = stackalloc LineBreakOpportunity[16];

        var count = UnicodeLineBreaks.Find("one two\nthree", breaks);

        Assert.Equal(
            [new(4, BreakKind.Allowed), new(8, BreakKind.Mandatory), new(13, BreakKind.Mandatory)],
            breaks[..count].ToArray());
        Assert.Throws<ArgumentException>(() => UnicodeLineBreaks.Find("one two three", new LineBreakOpportunity[2]));
    }

    [Fact]
    public void Enumerating_the_opportunities_allocates_nothing()
    {
        const string text = "Вакцинация проходит в поликлинике. 请在医院接种疫苗。 https://example.org/red-dots";
        var count = 0;
        foreach (var _ in LineBreakTailoring.Default.Enumerate(text)) count++;

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
            foreach (var _ in LineBreakTailoring.Default.Enumerate(text)) count++;
        for (var i = 0; i < 100; i++)
            foreach (var _ in UnicodeLineBreaks.Enumerate(text)) count++;

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(count > 200);
    }
}
