using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Leaflet.Tests.Support;

/// <summary>
/// A tagged PDF's text as a tag-aware reader takes it, read with PdfPig: the structure tree in
/// order, each element's <c>/ActualText</c> in place of its content where it has one, otherwise
/// the letters of its marked content (by MCID on its page), each block element on its own line.
/// </summary>
public sealed class TaggedText
{
    private static readonly HashSet<string> Blocks = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "Lbl", "Caption"];

    private readonly PdfDocument _document;
    private readonly Dictionary<long, int> _pageNumbers = [];
    private readonly Dictionary<(int Page, int Mcid), string> _markedText = [];
    private readonly HashSet<int> _pagesRead = [];
    private readonly StringBuilder _text = new();

    private TaggedText(PdfDocument document) => _document = document;

    public static string Read(PdfDocument document)
    {
        var reader = new TaggedText(document);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        reader.NumberPages(catalog.Data["Pages"], 0);
        var root = reader.Resolve<DictionaryToken>(catalog.Data["StructTreeRoot"]);
        reader.Walk(root.Data["K"], page: null);
        return reader._text.ToString();
    }

    private int NumberPages(IToken node, int before)
    {
        var reference = ((IndirectReferenceToken)node).Data;
        var dictionary = Resolve<DictionaryToken>(node);
        if (!dictionary.TryGet(NameToken.Kids, out var kids))
        {
            _pageNumbers[reference.ObjectNumber] = before + 1;
            return before + 1;
        }
        foreach (var kid in Resolve<ArrayToken>(kids).Data) before = NumberPages(kid, before);
        return before;
    }

    private void Walk(IToken kid, int? page)
    {
        switch (Resolve<IToken>(kid))
        {
            case ArrayToken array:
                foreach (var item in array.Data) Walk(item, page);
                break;
            case NumericToken mcid when page is { } number:
                _text.Append(MarkedText(number, mcid.Int));
                break;
            case DictionaryToken dictionary when Name(dictionary, "Type") == "MCR":
                _text.Append(MarkedText(PageOf(dictionary) ?? page ?? 0, ((NumericToken)dictionary.Data["MCID"]).Int));
                break;
            case DictionaryToken dictionary when Name(dictionary, "Type") == "OBJR":
                break;
            case DictionaryToken element:
                WalkElement(element, PageOf(element) ?? page);
                break;
        }
    }

    private void WalkElement(DictionaryToken element, int? page)
    {
        if (element.TryGet(NameToken.Create("ActualText"), out var actual))
            _text.Append(TextString(Resolve<IToken>(actual)));
        else if (element.TryGet(NameToken.K, out var kids))
            Walk(kids, page);
        if (Blocks.Contains(Name(element, "S") ?? "")) _text.Append('\n');
    }

    private int? PageOf(DictionaryToken dictionary) =>
        dictionary.TryGet(NameToken.Create("Pg"), out var page) && page is IndirectReferenceToken reference
            ? _pageNumbers[reference.Data.ObjectNumber] : null;

    private string MarkedText(int page, int mcid)
    {
        if (_pagesRead.Add(page))
            foreach (var element in _document.GetPage(page).GetMarkedContents()) Collect(page, element);
        return _markedText.GetValueOrDefault((page, mcid), "");
    }

    private void Collect(int page, MarkedContentElement element)
    {
        if (element.MarkedContentIdentifier >= 0)
            _markedText[(page, element.MarkedContentIdentifier)] = string.Concat(element.Letters.Select(l => l.Value));
        foreach (var child in element.Children) Collect(page, child);
    }

    /// <summary>A PDF text string: UTF-16BE after a byte order mark, else one byte a character.</summary>
    private static string TextString(IToken token) => token switch
    {
        HexToken hex when hex.Bytes.ToArray() is [0xFE, 0xFF, .. var text] => Encoding.BigEndianUnicode.GetString(text),
        HexToken hex => Encoding.Latin1.GetString(hex.Bytes.ToArray()),
        StringToken text => text.Data,
        _ => throw new InvalidDataException($"/ActualText is a {token.GetType().Name}, not a string."),
    };

    private static string? Name(DictionaryToken dictionary, string key) =>
        dictionary.TryGet(NameToken.Create(key), out var value) && value is NameToken name ? name.Data : null;

    private T Resolve<T>(IToken token) where T : IToken =>
        (T)(token is IndirectReferenceToken reference ? _document.Structure.GetObject(reference.Data).Data : token);
}
