using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.PostSave;
using Leaflet.Pdf.Rendering;
using Leaflet.Pdf.Rendering.GlyphRuns;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Graphics.Operations.PathConstruction;
using UglyToad.PdfPig.Graphics.Operations.TextObjects;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Tokens;

namespace Leaflet.Tests.Pdf.GlyphRuns;

/// <summary>Glyph runs of the shipped Noto Sans, so these run on every machine.</summary>
public class GlyphRunEmissionTests
{
    private static string NotoSans => Path.Combine(EnglishLeaflet.RepositoryRoot, "tools", "Generator", "Pdf", "Fonts", "NotoSans-Regular.ttf");
    private static readonly Rgb Blue = new(0x0B, 0x4F, 0x9C);

    private static byte[] Paragraph(params string[] runs)
    {
        object paragraph = new();
        return SpikeDocument.Page(canvas =>
        {
            canvas.BeginTag(Tag.P, paragraph);
            var x = 72.0;
            foreach (var text in runs)
            {
                var run = Shaping.Shape(NotoSans, text, 12);
                canvas.DrawGlyphRun(run, new TextStyle(FontStyle.Regular, 12, Blue), x, 100);
                x += run.Width;
            }
            canvas.EndTag(paragraph);
        });
    }

    [Fact]
    public void Runs_are_drawn_in_order_with_pdfsharps_own_drawing_inside_the_paragraphs_marked_content_in_the_style_colour()
    {
        object paragraph = new();
        var run = Shaping.Shape(NotoSans, "office ", 12);
        var pdf = SpikeDocument.Page(canvas =>
        {
            canvas.BeginTag(Tag.P, paragraph);
            canvas.FillRectangle(new Rect(72, 90, 40, 12), new Rgb(0, 0, 0), decorative: false);
            canvas.DrawGlyphRun(run, new TextStyle(FontStyle.Regular, 12, Blue), 120, 100);
            canvas.FillRectangle(new Rect(130 + run.Width, 90, 40, 12), new Rgb(0, 0, 0), decorative: false);
            canvas.EndTag(paragraph);
        });

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var operations = page.Operations.ToList();
        var rectangles = operations.Select((o, i) => (o, i)).Where(p => p.o is AppendRectangle).Select(p => p.i).ToList();
        var shown = Assert.Single(operations.Select((o, i) => (o, i)).Where(p => p.o is ShowText or ShowTextsWithPositioning).Select(p => p.i));
        Assert.IsType<ShowTextsWithPositioning>(operations[shown]);
        Assert.Equal(2, rectangles.Count);
        Assert.InRange(shown, rectangles[0], rectangles[1]);
        var marked = operations.FindIndex(o => o is BeginMarkedContentWithProperties { Name.Data: "P" });
        Assert.InRange(marked, 0, rectangles[0]);
        var colour = operations.Take(shown).OfType<SetNonStrokeColorDeviceRgb>().Last();
        Assert.Equal((0x0B / 255.0, 0x4F / 255.0, 0x9C / 255.0), (colour.R, colour.G, colour.B), new ColourComparer());
        Assert.Equal("office", page.Text.Trim());
    }

    [Fact]
    public void A_ligature_maps_to_all_its_letters_and_needs_no_actual_text()
    {
        var pdf = Paragraph("office");

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Equal(["o", "ffi", "c", "e"], page.Letters.Select(l => l.Value));
        // /ActualText nested in a paragraph's marked content makes poppler's tagged text lose the rest of the paragraph.
        Assert.DoesNotContain(page.Operations.OfType<BeginMarkedContentWithProperties>(), o => o.Name.Data == "Span");
    }

    [Fact]
    public void A_run_of_one_glyph_per_letter_carries_no_actual_text()
    {
        var pdf = Paragraph("AVATAR ", "Тоже");

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.DoesNotContain(page.Operations.OfType<BeginMarkedContentWithProperties>(), o => o.Name.Data == "Span");
        Assert.Equal("AVATAR Тоже", page.Text);
        Assert.Equal(' ', page.Letters[6].Value.Single());
    }

    [Fact]
    public void Every_glyph_a_run_draws_keeps_its_outline_and_advance_after_the_pass_after_saving()
    {
        const string text = "ÅéŐ office fit AVATAR";
        var original = new TrueTypeGlyphs(File.ReadAllBytes(NotoSans));
        var drawnGlyphs = Shaping.Shape(NotoSans, text, 12).Glyphs.Select(g => (int)g.GlyphId).Distinct().ToList();

        var pdf = Paragraph(text);

        var objects = new SavedObjects(CrossReferenceTable.Read(pdf));
        var programs = objects.InFileOrder
            .Select(number => StoredStream.TryRead(objects.Object(pdf, number), out var stored) && stored.Has("/Length1"u8) ? Inflate(stored.Data.ToArray()) : null)
            .OfType<byte[]>()
            .ToList();
        var font = new TrueTypeGlyphs(Assert.Single(programs));
        foreach (var glyph in drawnGlyphs)
        {
            Assert.Equal(original.HasOutline(glyph), font.HasOutline(glyph));
            Assert.Equal(original.Advance(glyph), font.Advance(glyph));
        }
    }

    [Fact]
    public void The_same_runs_give_the_same_bytes()
    {
        Assert.Equal(Paragraph("office ", "AVATAR"), Paragraph("office ", "AVATAR"));
        Assert.NotEqual(Paragraph("office ", "AVATAR"), Paragraph("office ", "AVATARS"));
    }

    [Fact]
    public void A_linked_run_is_tagged_link_with_its_annotation()
    {
        object paragraph = new();
        var run = Shaping.Shape(NotoSans, "leaflets", 12);
        var target = new Uri("https://leaflets.example.org/hi/");
        var pdf = SpikeDocument.Page(canvas =>
        {
            canvas.BeginTag(Tag.P, paragraph);
            canvas.DrawLinkedGlyphRun(run, new TextStyle(FontStyle.Regular, 12, Blue), 72, 100, new Rect(72, 88, run.Width, 16), target);
            canvas.EndTag(paragraph);
        });

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var link = Assert.Single(page.GetAnnotations());
        Assert.Equal(target.AbsoluteUri, link.Action is UglyToad.PdfPig.Actions.UriAction uri ? uri.Uri : null);
        Assert.Contains(page.Operations.OfType<BeginMarkedContentWithProperties>(), o => o.Name.Data == "Link");
        Assert.Equal("leaflets", page.Text);
    }

    [Fact]
    public void A_face_used_on_two_pages_is_embedded_once()
    {
        var run = Shaping.Shape(NotoSans, "office", 12);
        object first = new(), second = new();
        FontResolverRegistration.EnsureRegistered();
        using var output = new MemoryStream();
        PdfFileWriter.Write(EnglishLeaflet.Request(), Typography.For(Leaflet.Pdf.PrintSize.Standard), output, canvas =>
        {
            foreach (var (number, owner) in new[] { (1, first), (2, second) })
            {
                canvas.BeginPage(number, 2);
                canvas.BeginTag(Tag.P, owner);
                canvas.DrawGlyphRun(run, new TextStyle(FontStyle.Regular, 12, Blue), 72, 100);
                canvas.EndTag(owner);
                canvas.EndPage();
            }
        });
        var pdf = output.ToArray();

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), "/Subtype/Type0"));
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal("office", document.GetPage(1).Text);
        Assert.Equal("office", document.GetPage(2).Text);
    }

    [Fact]
    public void A_run_inside_an_artifact_is_marked_as_an_artifact_and_not_tagged()
    {
        object footer = new();
        var pdf = SpikeDocument.Page(canvas =>
        {
            canvas.BeginTag(Tag.Artifact, footer);
            canvas.DrawGlyphRun(Shaping.Shape(NotoSans, "Page 1 of 1", 9), new TextStyle(FontStyle.Regular, 9, Blue), 72, 800);
            canvas.EndTag(footer);
        });

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var operations = document.GetPage(1).Operations.ToList();
        var shown = operations.FindIndex(o => o is ShowTextsWithPositioning);
        var artifact = operations.FindIndex(o => o is BeginMarkedContent { Name.Data: "Artifact" } or BeginMarkedContentWithProperties { Name.Data: "Artifact" });
        Assert.InRange(artifact, 0, shown);
        Assert.DoesNotContain(operations, o => o is BeginMarkedContentWithProperties { Properties: not null } p && p.Properties.ContainsKey(NameToken.Create("MCID")));
        Assert.Equal("Page 1 of 1", document.GetPage(1).Text);
    }

    [Fact]
    public void A_runs_marked_content_after_the_pages_first_holds_whole_text_objects()
    {
        object first = new(), second = new();
        var pdf = SpikeDocument.Page(canvas =>
        {
            canvas.BeginTag(Tag.P, first);
            canvas.DrawGlyphRun(Shaping.Shape(NotoSans, "office", 12), new TextStyle(FontStyle.Regular, 12, Blue), 72, 100);
            canvas.EndTag(first);
            canvas.BeginTag(Tag.P, second);
            canvas.DrawGlyphRun(Shaping.Shape(NotoSans, "AVATAR", 12), new TextStyle(FontStyle.Regular, 12, Blue), 72, 120);
            canvas.EndTag(second);
        });

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var operations = document.GetPage(1).Operations.ToList();
        var marked = operations.FindIndex(o => o is BeginMarkedContentWithProperties { Name.Data: "P" } p
            && p.Properties!.TryGet(NameToken.Create("MCID"), out var mcid) && mcid is NumericToken { Int: 1 });
        var end = operations.FindIndex(marked, o => o is EndMarkedContent);
        var before = operations.Take(marked).ToList();
        Assert.Equal(before.Count(o => o is BeginText), before.Count(o => o is EndText));
        var inside = operations.Skip(marked).Take(end - marked).ToList();
        Assert.Single(inside, o => o is BeginText);
        Assert.Single(inside, o => o is EndText);
    }

    [Fact]
    public void The_pdfsharp_members_the_content_seam_reflects_into_exist()
    {
        var exception = Record.Exception(() => new PdfSharpContent());
        Assert.Null(exception);
    }

    private static byte[] Inflate(byte[] data)
    {
        using var inflated = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(data), System.IO.Compression.CompressionMode.Decompress)) zlib.CopyTo(inflated);
        return inflated.ToArray();
    }

    private sealed class ColourComparer : IEqualityComparer<(double, double, double)>
    {
        public bool Equals((double, double, double) a, (double, double, double) b) =>
            Math.Abs(a.Item1 - b.Item1) < 0.001 && Math.Abs(a.Item2 - b.Item2) < 0.001 && Math.Abs(a.Item3 - b.Item3) < 0.001;

        public int GetHashCode((double, double, double) value) => 0;
    }
}
