namespace Leaflet.Pdf.PostSave;

/// <summary>
/// Swaps the XMP stream PDFsharp writes during Save() for ours. PDFsharp 6.2.4 rebuilds the
/// catalog's /Metadata on every save and puts the title in unescaped, so a title with "&amp;" or
/// "&lt;" gave ill-formed XML. The XMP stays uncompressed, so that tools which do not read PDF can
/// still find it.
/// </summary>
internal sealed class MetadataStreamReplacement(byte[] xmp)
{
    private static ReadOnlySpan<byte> RootKey => "/Root "u8;
    private static ReadOnlySpan<byte> MetadataKey => "/Metadata "u8;

    /// <summary>The number of the object the catalog names as its /Metadata, or -1.</summary>
    public static int ObjectNumber(ReadOnlySpan<byte> pdf, SavedObjects objects)
    {
        var trailer = pdf[objects.Table.Offset..];
        var root = trailer.IndexOf(RootKey);
        if (root < 0) return -1;
        var catalog = objects.Object(pdf, CrossReferenceTable.Number(trailer[(root + RootKey.Length)..]));
        var metadata = catalog.IndexOf(MetadataKey);
        return metadata < 0 ? -1 : CrossReferenceTable.Number(catalog[(metadata + MetadataKey.Length)..]);
    }

    public void Write(Stream output, int number)
    {
        CrossReferenceTable.WriteNumber(output, number);
        output.Write(" 0 obj\n<</Type/Metadata/Subtype/XML/Length "u8);
        CrossReferenceTable.WriteNumber(output, xmp.Length);
        output.Write(">>\nstream\n"u8);
        output.Write(xmp);
        output.Write("\nendstream\nendobj\n"u8);
    }
}
