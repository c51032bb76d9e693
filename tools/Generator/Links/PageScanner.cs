using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace Leaflet.Links;

/// <summary>
/// Parses pages with AngleSharp's HTML parser, for one worker: an HtmlParser is not thread-safe, so
/// each worker owns one scanner and reuses its parser for every page it is given.
/// </summary>
internal sealed class PageScanner : IPageScanner
{
    private readonly HtmlParser _parser;
    private readonly Dictionary<IElement, int> _offsets = new(ReferenceEqualityComparer.Instance);

    // The start-tag offset of the token being built when it carried an attribute we read.
    private int _wantedOffset = -1;

    public PageScanner()
    {
        // Keeping source references would hold a token for every element of every page;
        // instead the offset is recorded only for elements whose attributes we report on.
        // Attributes reach ShouldEmitAttribute before the tree builder creates the element,
        // so the tag is marked there and picked up in OnCreated by its offset.
        _parser = new HtmlParser(new HtmlParserOptions
        {
            SkipComments = true,
            ShouldEmitAttribute = NoteAttribute,
            OnCreated = NoteElement,
        });
    }

    public ScannedPage Scan(string pagePath, string html)
    {
        _offsets.Clear();
        _wantedOffset = -1;
        using var document = _parser.ParseDocument(html);
        var reader = new PageReader(pagePath, LineMap.Of(html), _offsets);
        return reader.Read(document);
    }

    private bool NoteAttribute(ref StructHtmlToken token, ReadOnlyMemory<char> name)
    {
        if (ElementLinks.IsLocated(name.Span)) _wantedOffset = token.Position.Index;
        return true;
    }

    private void NoteElement(IElement element, AngleSharp.Text.TextPosition position)
    {
        if (position.Index >= 0 && position.Index == _wantedOffset) _offsets[element] = position.Index;
    }
}
