using System.Text;
using Leaflet.Pdf.PostSave;

namespace Leaflet.Tests.Pdf.PostSave;

/// <summary>Entries are found at the dictionary's own level only, never inside a value.</summary>
public sealed class PdfDictionaryTests
{
    [Theory]
    [InlineData("<</Type/Annot/NM(a)/M(D:1)>>", "/NM", "(a)")]
    [InlineData("<</Contents(see /NM\\(x\\) here)/NM(real)>>", "/NM", "(real)")]
    [InlineData("<</A<</NM(inner)>>/NM(outer)>>", "/NM", "(outer)")]
    [InlineData("<</K[1 0 R<</NM(in an array)>>]/P 7 0 R/NM(after)>>", "/NM", "(after)")]
    [InlineData("<</Title(a (nested) string)/ID[<AB><CD>]/Size 3>>", "/ID", "[<AB><CD>]")]
    [InlineData("<</Type/Font/BaseFont/ABCDEF+Noto#20Sans/W[3[260]]>>", "/BaseFont", "/ABCDEF+Noto#20Sans")]
    [InlineData("<</Length 12 0 R/Filter/FlateDecode>>", "/Length", "12 0 R")]
    [InlineData("<</Count 7/Kids[9 0 R]>>", "/Count", "7")]
    public void A_key_is_found_with_its_whole_value(string dictionary, string key, string value)
    {
        var text = Encoding.Latin1.GetBytes(dictionary);

        Assert.True(PdfDictionary.TryFind(text, Encoding.Latin1.GetBytes(key), out var start, out var length));
        Assert.Equal(value, Encoding.Latin1.GetString(text, start, length));
    }

    [Theory]
    [InlineData("<</Contents(see /NM\\(x\\) here)>>", "/NM")]
    [InlineData("<</A<</NM(inner)>>>>", "/NM")]
    [InlineData("<</K[/NM(x)]>>", "/NM")]
    [InlineData("<</NMX(x)>>", "/NM")]
    [InlineData("<</NM(never closed", "/NM")]
    [InlineData("not a dictionary /NM(x)", "/NM")]
    public void A_key_only_inside_a_value_or_in_no_dictionary_is_not_found(string dictionary, string key)
    {
        Assert.False(PdfDictionary.TryFind(Encoding.Latin1.GetBytes(dictionary), Encoding.Latin1.GetBytes(key), out _, out _));
    }

    [Fact]
    public void The_type_is_the_name_without_its_slash()
    {
        Assert.Equal("Annot", Encoding.Latin1.GetString(PdfDictionary.Type("<</Subtype/Link/Type/Annot>>"u8)));
        Assert.Equal("", Encoding.Latin1.GetString(PdfDictionary.Type("<</Subtype/Link>>"u8)));
    }
}
