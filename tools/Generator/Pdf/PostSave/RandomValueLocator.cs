using System.Text;

namespace Leaflet.Pdf.PostSave;

/// <summary>A value PDFsharp drew at random or from the clock, found in the saved bytes.</summary>
internal readonly record struct RandomValue(int Index, int Length, string Kind);

/// <summary>
/// Finds the values <see cref="DeterministicIdentifiers"/> replaces, object by object, in the
/// entries that hold them and nowhere else: the subset tag of a font's /BaseFont and a font
/// descriptor's /FontName (six capitals and '+'), a link annotation's /NM (a UUID) and /M (a date
/// with its optional zone), the two halves of the trailer's /ID, and the document and instance IDs
/// of the XMP the catalog names. Text of the leaflet (a title, a description, a link's text) that
/// looks like one of them is never taken for it. The values are returned in file order.
/// </summary>
internal static class RandomValueLocator
{
    private static ReadOnlySpan<byte> DocumentId => "<xmpMM:DocumentID>uuid:"u8;
    private static ReadOnlySpan<byte> InstanceId => "<xmpMM:InstanceID>uuid:"u8;

    public static List<RandomValue> Find(ReadOnlySpan<byte> pdf)
    {
        var objects = new SavedObjects(CrossReferenceTable.Read(pdf));
        var metadata = MetadataStreamReplacement.ObjectNumber(pdf, objects);
        var found = new List<RandomValue>();
        foreach (var number in objects.InFileOrder)
        {
            var pdfObject = objects.Object(pdf, number);
            var header = pdfObject.IndexOf("obj\n"u8) + "obj\n".Length;
            if (header < "obj\n".Length) continue;
            var offset = objects.Start(number) + header;
            var dictionary = pdfObject[header..];
            if (number == metadata) Xmp(dictionary, offset, found);
            var type = PdfDictionary.Type(dictionary);
            if (type.SequenceEqual("Font"u8)) Tag(dictionary, "/BaseFont"u8, offset, found);
            else if (type.SequenceEqual("FontDescriptor"u8)) Tag(dictionary, "/FontName"u8, offset, found);
            else if (type.SequenceEqual("Annot"u8)) Annotation(dictionary, offset, found);
        }
        var trailer = pdf[objects.Table.Offset..].IndexOf("trailer"u8);
        if (trailer >= 0)
        {
            var start = objects.Table.Offset + trailer + "trailer".Length;
            while (start < pdf.Length && pdf[start] is (byte)'\n' or (byte)' ' or (byte)'\r') start++;
            Identifier(pdf[start..], start, found);
        }
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    public static string Text(ReadOnlySpan<byte> pdf, RandomValue value) => Encoding.Latin1.GetString(pdf.Slice(value.Index, value.Length));

    /// <summary>"/ABCDEF+Name": the six capitals.</summary>
    private static void Tag(ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> key, int offset, List<RandomValue> found)
    {
        if (PdfDictionary.TryFind(dictionary, key, out var at, out var length) && length > 7
            && Run(dictionary, at + 1, 6, IsCapital) && Is(dictionary, at + 7, '+'))
            found.Add(new(offset + at + 1, 6, "tag"));
    }

    /// <summary>/NM(uuid) and /M(D:yyyyMMddHHmmss) or /M(D:yyyyMMddHHmmss+hh'mm').</summary>
    private static void Annotation(ReadOnlySpan<byte> dictionary, int offset, List<RandomValue> found)
    {
        if (PdfDictionary.TryFind(dictionary, "/NM"u8, out var name, out var nameLength) && nameLength == 38
            && Run(dictionary, name + 1, 36, IsUuid))
            found.Add(new(offset + name + 1, 36, "uuid"));
        if (!PdfDictionary.TryFind(dictionary, "/M"u8, out var date, out var dateLength) || !dictionary[date..].StartsWith("(D:"u8)
            || !Run(dictionary, date + 3, 14, IsDigit))
            return;
        var zone = date + 3 + 14;
        if (dateLength == 18) found.Add(new(offset + date + 3, 14, "date"));
        else if (dateLength == 25 && IsZone(dictionary, zone))
        {
            found.Add(new(offset + date + 3, 14, "date"));
            found.Add(new(offset + zone, 7, "zone"));
        }
    }

    /// <summary>/ID[&lt;32 hex&gt;&lt;32 hex&gt;].</summary>
    private static void Identifier(ReadOnlySpan<byte> trailer, int offset, List<RandomValue> found)
    {
        if (!PdfDictionary.TryFind(trailer, "/ID"u8, out var at, out var length) || length != 70) return;
        var second = at + 35;
        if (Is(trailer, at + 1, '<') && Run(trailer, at + 2, 32, IsHex) && Is(trailer, at + 34, '>')
            && Is(trailer, second, '<') && Run(trailer, second + 1, 32, IsHex) && Is(trailer, second + 33, '>'))
        {
            found.Add(new(offset + at + 2, 32, "id"));
            found.Add(new(offset + second + 1, 32, "id"));
        }
    }

    /// <summary>
    /// The IDs in the XMP: their elements' tags are markup, which no text in the XMP can imitate,
    /// since every '&lt;' of a value is escaped.
    /// </summary>
    private static void Xmp(ReadOnlySpan<byte> dictionary, int offset, List<RandomValue> found)
    {
        foreach (var element in new[] { DocumentId.ToArray(), InstanceId.ToArray() })
        {
            var at = dictionary.IndexOf(element);
            if (at >= 0 && Run(dictionary, at + element.Length, 36, IsUuid)) found.Add(new(offset + at + element.Length, 36, "uuid"));
        }
    }

    /// <summary>[+-]\d\d'\d\d'</summary>
    private static bool IsZone(ReadOnlySpan<byte> pdf, int at) =>
        (Is(pdf, at, '+') || Is(pdf, at, '-')) && Run(pdf, at + 1, 2, IsDigit) && Is(pdf, at + 3, '\'') && Run(pdf, at + 4, 2, IsDigit) && Is(pdf, at + 6, '\'');

    private static bool Run(ReadOnlySpan<byte> pdf, int at, int length, Func<byte, bool> accepts)
    {
        if (at < 0 || at + length > pdf.Length) return false;
        foreach (var b in pdf.Slice(at, length))
            if (!accepts(b)) return false;
        return true;
    }

    private static bool Is(ReadOnlySpan<byte> pdf, int at, char c) => at >= 0 && at < pdf.Length && pdf[at] == c;

    private static bool IsCapital(byte b) => b is >= (byte)'A' and <= (byte)'Z';

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool IsHex(byte b) => IsDigit(b) || b is >= (byte)'A' and <= (byte)'F';

    private static bool IsUuid(byte b) => IsDigit(b) || b is >= (byte)'a' and <= (byte)'f' or (byte)'-';
}
