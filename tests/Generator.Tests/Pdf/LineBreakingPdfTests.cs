using Leaflet.Pdf.Text.LineBreaking;

namespace Leaflet.Tests.Pdf;

/// <summary>The language's line-breaking tailoring reaches the lines of the PDF the writer draws.</summary>
public sealed class LineBreakingPdfTests
{
    /// <summary>A paragraph where many lines would end after "и" if nothing held it.</summary>
    private static readonly string Paragraph = string.Concat(Enumerable.Repeat("и проверка ", 120)).Trim();

    [Fact]
    public void No_line_ends_with_a_word_the_request_lists_and_without_the_list_some_do()
    {
        var plain = LinesEndingWithI(EnglishLeaflet.Request(markdown: Paragraph));
        var held = LinesEndingWithI(EnglishLeaflet.Request(markdown: Paragraph) with { LineBreaking = new LineBreakTailoring(["и"]) });

        Assert.True(plain > 0, "no line ended with \"и\" even without the list, so the test shows nothing");
        Assert.Equal(0, held);
    }

    private static int LinesEndingWithI(Leaflet.Pdf.LeafletPdfRequest request)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(EnglishLeaflet.Write(request).Pdf);
        return document.GetPages()
            .SelectMany(p => p.Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)))
            .Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)).TrimEnd())
            .Count(line => line.EndsWith(" и", StringComparison.Ordinal));
    }
}
