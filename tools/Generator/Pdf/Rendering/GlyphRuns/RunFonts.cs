using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Text;
using PdfSharp.Pdf;

namespace Leaflet.Pdf.Rendering.GlyphRuns;

/// <summary>
/// The faces one document's glyph runs use, each to be embedded once as a Type 0 font. The font
/// dictionary exists from the first run on (pages refer to it); its subset, widths and Unicode map
/// are written by <see cref="Embed"/>, once every glyph the document draws is known.
/// </summary>
internal sealed class RunFonts(PdfDocument document)
{
    private readonly Dictionary<FontFace, (RunFont Font, PdfDictionary Type0)> _fonts = new(ReferenceEqualityComparer.Instance);
    private bool _embedded;

    /// <summary>Records the run's glyphs (its <see cref="ClusterText.Of"/> clusters) and returns its font, added to the page's resources.</summary>
    public RunFont Use(GlyphRun run, IReadOnlyList<ClusterText> clusters, PdfPage page)
    {
        if (_embedded) throw new InvalidOperationException("The fonts were embedded already.");
        if (!_fonts.TryGetValue(run.Font, out var entry))
        {
            var type0 = new PdfDictionary(document);
            document.Internals.AddObject(type0);
            entry = (new RunFont(run.Font, $"/GR{_fonts.Count}"), type0);
            _fonts.Add(run.Font, entry);
        }
        entry.Font.Add(run, clusters);
        var resources = (PdfDictionary)page.Resources.Elements.GetValue("/Font", VCF.Create)!;
        if (!resources.Elements.ContainsKey(entry.Font.ResourceName))
            resources.Elements.SetReference(entry.Font.ResourceName, entry.Type0);
        return entry.Font;
    }

    public void Embed()
    {
        _embedded = true;
        foreach (var (font, type0) in _fonts.Values) Type0FontWriter.Write(document, type0, font);
    }
}
