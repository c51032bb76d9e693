using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Leaflet.Pdf.PostSave;

/// <summary>
/// Writes the XMP metadata stream ourselves: PDFsharp 6.2.4 puts the title into its XMP
/// unescaped, so a title with "&amp;" or "&lt;" made the XML ill-formed. Built with LINQ to XML,
/// every value is escaped, and it says the same as the info dictionary; it replaces PDFsharp's
/// in the saved file. The document and instance IDs are placeholders that
/// <see cref="DeterministicIdentifiers"/> replaces.
/// </summary>
internal static class XmpMetadata
{
    private static readonly XNamespace X = "adobe:ns:meta/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace MM = "http://ns.adobe.com/xap/1.0/mm/";
    private static readonly XNamespace Xml = XNamespace.Xml;

    public static byte[] Create(LeafletPdfRequest request, string producer)
    {
        var date = request.Modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var description = new XElement(Rdf + "Description", new XAttribute(Rdf + "about", ""),
            new XAttribute(XNamespace.Xmlns + "dc", Dc), new XAttribute(XNamespace.Xmlns + "xmp", Xmp),
            new XAttribute(XNamespace.Xmlns + "pdf", Pdf), new XAttribute(XNamespace.Xmlns + "xmpMM", MM),
            new XElement(Dc + "format", "application/pdf"),
            Alternative(Dc + "title", request.Title),
            new XElement(Dc + "creator", new XElement(Rdf + "Seq", new XElement(Rdf + "li", XmlSafe(request.Publisher)))),
            Alternative(Dc + "description", request.Description),
            new XElement(Dc + "language", new XElement(Rdf + "Bag", new XElement(Rdf + "li", request.Language))),
            new XElement(Dc + "subject", new XElement(Rdf + "Bag", request.Keywords.Select(k => new XElement(Rdf + "li", XmlSafe(k))))),
            new XElement(Pdf + "Keywords", XmlSafe(string.Join("; ", request.Keywords))),
            new XElement(Xmp + "CreatorTool", XmlSafe(request.Publisher)),
            new XElement(Xmp + "CreateDate", date),
            new XElement(Xmp + "ModifyDate", date),
            new XElement(Xmp + "MetadataDate", date),
            new XElement(Pdf + "Producer", producer),
            request.Code is { } code ? new XElement(Dc + "identifier", XmlSafe(code)) : null,
            request.Version is { } version ? new XElement(MM + "VersionID", XmlSafe(version)) : null,
            new XElement(MM + "DocumentID", "uuid:00000000-0000-0000-0000-000000000001"),
            new XElement(MM + "InstanceID", "uuid:00000000-0000-0000-0000-000000000002"));
        var packet = new XElement(X + "xmpmeta", new XAttribute(XNamespace.Xmlns + "x", X),
            new XElement(Rdf + "RDF", new XAttribute(XNamespace.Xmlns + "rdf", Rdf), description));
        var xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + packet.ToString(SaveOptions.None) + "\n<?xpacket end=\"w\"?>";
        return Encoding.UTF8.GetBytes(xml);
    }

    private static XElement Alternative(XName name, string value) =>
        new(name, new XElement(Rdf + "Alt", new XElement(Rdf + "li", new XAttribute(Xml + "lang", "x-default"), XmlSafe(value))));

    /// <summary>
    /// XML cannot hold some characters a front matter can (U+FFFF, most controls, a lone surrogate
    /// from a YAML escape), and the writer throws on them; the metadata gets U+FFFD in their place.
    /// The page itself still reports what its fonts cannot draw.
    /// </summary>
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) safe.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) safe.Append(text, i++, 2);
            else safe.Append('\uFFFD');
        }
        return safe.ToString();
    }
}
