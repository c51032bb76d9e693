namespace Leaflet.Pdf.Layout;

/// <summary>Structure tags, for readers that do not see the page: PDF's standard structure types.</summary>
public enum Tag
{
    H1,
    H2,
    H3,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Div,
    Figure,
    Artifact,
    /// <summary>A section: in a bilingual leaflet, one column's part of a section on one page (see <see cref="SectionPart"/>).</summary>
    Sect,
}

/// <summary>
/// The owner of a <see cref="Tag.Sect"/> holding one column's part of a section: the structure tree is
/// put in reading order by it, section by section and, within a section, column by column, page by page.
/// </summary>
public sealed record SectionPart(int Section, int Column);

public readonly record struct TextStyle(Fonts.FontStyle Font, double Size, Rgb Color, bool Underline = false);

/// <summary>
/// What the layout engine draws on. The PDFsharp backend implements it for real; tests record
/// the calls to state positions and sizes. A tag opened on one page and not ended there is
/// resumed on the next page when the same owner opens it again.
/// </summary>
public interface ICanvas
{
    void BeginPage(int number, int count);

    void EndPage();

    /// <param name="actualText">
    /// The element's text in reading order, for an element whose glyphs are drawn in another
    /// order (right-to-left runs are drawn in visual order); null when the glyphs read as drawn.
    /// </param>
    void BeginTag(Tag tag, object owner, string? altText = null, Rect? bounds = null, string? actualText = null);

    void EndTag(object owner);

    /// <summary>
    /// Shaped glyphs on a baseline, <paramref name="x"/> at the run's left edge; a line's last
    /// run keeps its trailing space so extracted text does not glue words.
    /// </summary>
    void DrawGlyphRun(Text.GlyphRun run, TextStyle style, double x, double baseline);

    /// <summary>A shaped run that is a link: tagged Link, with its annotation over <paramref name="area"/>.</summary>
    void DrawLinkedGlyphRun(Text.GlyphRun run, TextStyle style, double x, double baseline, Rect area, Uri target);

    /// <summary>A filled rectangle; decorative ones (backgrounds, rules, underlines) are artifacts.</summary>
    void FillRectangle(Rect area, Rgb color, bool decorative);

    void DrawImage(string path, Rect area);

    /// <summary>
    /// The language (BCP 47) of every structure element begun from now on, written as its <c>/Lang</c>;
    /// null leaves each element to the document's language.
    /// </summary>
    void UseLanguage(string? language) { }

    /// <summary>An entry in the document outline (bookmarks) pointing at the current page; level 1 is the title.</summary>
    void Bookmark(int level, string title, double top);
}
