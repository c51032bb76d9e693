namespace Leaflet.Tests.Pdf;

/// <summary>
/// Hebrew added as a folder: final forms as hb-shape shapes them, and digits, "PDF" and a web
/// address inside Hebrew sentences in their order when read back.
/// </summary>
public sealed class HebrewLeafletTests(HebrewSiteFixture fixture)
    : RightToLeftLeafletTests(fixture, "he", NotoFonts.SansHebrew, "he-IL", "hebr"), IClassFixture<HebrewSiteFixture>
{
    /// <summary>Final forms (ם, ך), a bold word.</summary>
    [SkippableTheory]
    [InlineData("סנטימטרים", false)]
    [InlineData("ומורחבים", false)]
    [InlineData("בדרך", false)]
    [InlineData("אנגיומה", true)]
    public void The_glyphs_the_layout_draws_for_a_hebrew_word_are_those_hb_shape_gives(string word, bool bold) =>
        AssertShapedAsHbShapes(word, bold);

    [SkippableFact]
    public void Poppler_reads_mixed_sentences_back_in_logical_order()
    {
        var text = PopplerText();

        Assert.Contains("קוטרהנקודההואבין0,5ל־3סנטימטרים.", text);
        Assert.Contains("אפשרלהורידאתהעלוןהזהבפורמטPDFולהדפיסאותו", text);
        Assert.Contains("מידענוסףבאתר", text);
        Assert.Contains("www.who.intאובדףשל", text);
    }

    [SkippableFact]
    public void PdfPig_reads_the_tagged_structure_in_logical_order()
    {
        var text = TaggedPdfText();

        Assert.Contains("קוטר הנקודה הוא בין 0,5 ל־3 סנטימטרים.", text);
        Assert.Contains("אפשר להוריד את העלון הזה בפורמט PDF ולהדפיס אותו", text);
        Assert.Contains("www.who.int או בדף של", text);
        Assert.Contains("קוראים להן אנגיומה (angioma).", text);
    }

    [SkippableFact]
    public void PdfPig_reads_each_right_to_left_run_in_visual_order_as_it_ignores_actual_text()
    {
        var text = PdfPigText();

        // Each line left to right as drawn: Hebrew letters reversed, "0,5", "3" and "PDF" readable.
        Assert.Contains("םירטמיטנס 3־ל 0,5 ןיב אוה הדוקנה רטוק", text);
        Assert.Contains("PDF טמרופב הזה ןולעה תא דירוהל רשפא", text);
        Assert.DoesNotContain("קוטר הנקודה", text);
    }
}
