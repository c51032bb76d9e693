using System.Diagnostics;
using Leaflet.Pdf;
using UglyToad.PdfPig;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace Leaflet.Tests.Pdf;

/// <summary>The PDF as a file: byte-identical builds, tags, language, subset fonts, user mistakes reported.</summary>
public class PdfFileTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(PrintSize.Standard)]
    [InlineData(PrintSize.Large)]
    public void Two_writes_of_the_same_leaflet_are_byte_identical_and_still_open(PrintSize size)
    {
        var first = EnglishLeaflet.Write(EnglishLeaflet.Request(size)).Pdf;
        var second = EnglishLeaflet.Write(EnglishLeaflet.Request(size)).Pdf;

        Assert.Equal(first, second);
        using (var document = PdfDocument.Open(first)) Assert.True(document.NumberOfPages > 1);
        if (!ExternalTool.Available("pdfinfo", out var reason))
        {
            output.WriteLine(reason);
            return;
        }
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, first);
            var (exit, info, error) = ExternalTool.Run("pdfinfo", file);
            Assert.True(exit == 0, error);
            Assert.Contains("Tagged:          yes", info);
            Assert.Contains("Title:           Very small red dots on the body", info);
            Assert.Contains("CreationDate:    Tue Nov 24 00:00:00 2026 UTC", info);
            var (_, fonts, _) = ExternalTool.Run("pdffonts", file);
            var rows = fonts.Split('\n').Skip(2).Where(r => r.Length > 0).ToList();
            Assert.NotEmpty(rows);
            // Every font a subset (TAG+Name), embedded, with a Unicode map: columns emb, sub, uni.
            Assert.All(rows, r => Assert.Matches(@"^[A-Z]{6}\+NotoSans-.*\byes\s+yes\s+yes\s+\d+\s+\d+\s*$", r));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_document_language_is_the_requests()
    {
        var request = EnglishLeaflet.Request() with { Language = "en-GB" };
        var pdf = EnglishLeaflet.Write(request).Pdf;

        Assert.Contains("/Lang(en-GB)", System.Text.Encoding.Latin1.GetString(pdf));
    }

    [Fact]
    public void A_character_the_font_cannot_draw_is_an_error_naming_file_line_character_and_font()
    {
        var request = EnglishLeaflet.Request(markdown: "First line.\n\nTake **漢** daily.\n");
        var (pdf, result) = EnglishLeaflet.Write(request);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("LF4001", Leaflet.Diagnostics.Severity.Error, request.SourcePath, 3), (error.Code, error.Severity, error.File, error.Line));
        Assert.Contains("U+6F22", error.Message);
        Assert.Contains("Noto Sans Bold", error.Message);
        using var document = PdfDocument.Open(pdf);
        Assert.DoesNotContain("漢", string.Concat(document.GetPages().Select(p => p.Text)));
    }

    [Fact]
    public void A_missing_picture_is_an_error_and_the_rest_of_the_leaflet_is_still_written()
    {
        var request = EnglishLeaflet.Request(markdown: "Before.\n\n![Red dots on an arm](images/missing.png)\n\nAfter.\n");
        var (pdf, result) = EnglishLeaflet.Write(request);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("LF4002", 3), (error.Code, error.Line));
        using var document = PdfDocument.Open(pdf);
        Assert.Contains("After.", document.GetPage(1).Text);
    }

    [Fact]
    public void Links_are_reported_with_their_page_for_the_link_checker()
    {
        var request = EnglishLeaflet.Request(markdown: "See [the other leaflet](../moles/) first.\n");
        var (_, result) = EnglishLeaflet.Write(request);

        Assert.Equal(
            [new PdfLink(1, "https://leaflets.example.org/en/moles/"), new PdfLink(1, EnglishLeaflet.PageUrl.AbsoluteUri)],
            result.Links);
    }

    [Fact]
    public void Speed_of_the_standard_leaflet_once_warm()
    {
        if (Environment.GetEnvironmentVariable("LEAFLET_BENCH") != "1")
        {
            output.WriteLine("Set LEAFLET_BENCH=1 (and build in Release) to measure.");
            return;
        }
        var writer = new LeafletPdfWriter();
        var request = EnglishLeaflet.Request();
        // Tiered compilation needs a few hundred calls before the code is fully optimised.
        for (var i = 0; i < 300; i++) writer.Write(request, Stream.Null);
        const int count = 200;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) writer.Write(request, Stream.Null);
        var serial = count / clock.Elapsed.TotalSeconds;
        clock.Restart();
        Parallel.For(0, count, _ => writer.Write(request, Stream.Null));
        var parallel = count / clock.Elapsed.TotalSeconds;
        output.WriteLine($"{serial:0} PDFs/s on one thread, {parallel:0} PDFs/s on {Environment.ProcessorCount} cores");
    }
}

public class XmpMetadataTests
{
    [Fact]
    public void The_XMP_is_well_formed_and_agrees_with_the_info_dictionary_for_a_title_with_markup_characters()
    {
        var request = EnglishLeaflet.Request(markdown: "Text.\n") with { Title = "Moles & spots <in children>", Description = "A \"quoted\" & <odd> one" };
        var (pdf, _) = EnglishLeaflet.Write(request);

        using var document = PdfDocument.Open(pdf);
        // The catalog's metadata stream, the one readers use.
        Assert.True(document.TryGetXmpMetadata(out var metadata));
        var xmp = metadata.GetXDocument();
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal("Moles & spots <in children>", xmp.Descendants(dc + "title").Single().Value.Trim());
        Assert.Equal("A \"quoted\" & <odd> one", xmp.Descendants(dc + "description").Single().Value.Trim());
        Assert.Equal("en-GB", xmp.Descendants(dc + "language").Single().Value.Trim());
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), "<x:xmpmeta"));
        Assert.Equal(document.Information.Producer, xmp.Descendants(XName.Get("Producer", "http://ns.adobe.com/pdf/1.3/")).Single().Value);
        Assert.Equal("Moles & spots <in children>", document.Information.Title);
    }
}
