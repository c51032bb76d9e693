using System.Globalization;
using Leaflet.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Leaflet.Tests.Pdf;

public class StructureTests
{
    [Fact]
    public void The_outline_lists_the_title_and_every_heading_nested_by_level()
    {
        var (pdf, _) = EnglishLeaflet.Write(EnglishLeaflet.Request());
        using var document = PdfDocument.Open(pdf);

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var title = Assert.Single(bookmarks.Roots);
        Assert.Equal("Very small red dots on the body", title.Title);
        Assert.Equal(
            ["Why red dots appear", "Treating red dots", "Ways to remove red dots", "Red dots in children"],
            title.Children.Select(b => b.Title));
        Assert.Equal(
            ["Laser removal", "Removal with liquid nitrogen", "Removal with electricity", "Other removal methods"],
            title.Children[2].Children.Select(b => b.Title));
        Assert.All(title.Children, b => Assert.True(((DocumentBookmarkNode)b).PageNumber >= 1));
    }

    [Fact]
    public void Cyrillic_text_and_a_translated_page_label_draw_without_missing_glyphs()
    {
        var request = EnglishLeaflet.Request(markdown: "Красные точки на коже — **доброкачественные** образования.\n\n::: callout\nОбратитесь к *врачу*.\n:::\n") with
        {
            Title = "Красные точки на теле",
            Language = "ru-RU",
            Culture = CultureInfo.GetCultureInfo("ru-RU"),
            PageLabelFormat = "Страница {0} из {1}",
            Dates = [("Опубликовано", "24 ноября 2026 г.")],
            Disclaimer = "Это общая информация.",
        };
        var (pdf, result) = EnglishLeaflet.Write(request);

        Assert.Empty(result.Diagnostics);
        using var document = PdfDocument.Open(pdf);
        var text = document.GetPage(1).Text;
        Assert.Contains("Красные точки на коже — доброкачественные образования.", text);
        Assert.Contains("Страница 1 из 1", text);
        Assert.Contains("/Lang(ru-RU)", System.Text.Encoding.Latin1.GetString(pdf));
    }

    [Fact]
    public void The_tagged_structure_of_a_left_to_right_leaflet_reads_as_drawn_without_actual_text()
    {
        var (pdf, _) = EnglishLeaflet.Write(EnglishLeaflet.Request());
        using var document = PdfDocument.Open(pdf);

        var text = Leaflet.Tests.Support.TaggedText.Read(document);

        // Every heading and paragraph comes from its marked content: nothing is reordered, so nothing needs /ActualText.
        Assert.StartsWith("Very small red dots on the body\n", text);
        Assert.Contains("\nWhy red dots appear\n", text);
        Assert.Contains("\nRemoval with liquid nitrogen\n", text);
        Assert.DoesNotContain("/ActualText", System.Text.Encoding.Latin1.GetString(pdf));
    }
}
