using System.Text;
using Leaflet.Pdf.PostSave;

namespace Leaflet.Tests.Pdf.PostSave;

/// <summary>
/// What PDFsharp draws at random or from the clock inside Save() must not reach the file. Found by
/// the interruption test: two complete builds of 2,000 leaflets gave different bytes for about one
/// PDF in seventy, because two links drawn in different seconds had two distinct /M dates, which
/// shifted the numbers every later identifier was derived from.
/// </summary>
public sealed class DeterministicIdentifiersClockTests
{
    private static byte[] Saved(string tag, string firstLink, string secondLink, string firstSecond, string secondSecond, string id)
    {
        var text = $"""
            %PDF-1.7
            /FontName/{tag}+NotoSans-Regular /BaseFont/{tag}+NotoSans-Regular
            /NM({firstLink}) /M(D:202611251457{firstSecond}+00'00')
            /NM({secondLink}) /M(D:202611251457{secondSecond}+00'00')
            <xmpMM:DocumentID>uuid:00000000-0000-0000-0000-000000000001</xmpMM:DocumentID>
            <xmpMM:InstanceID>uuid:00000000-0000-0000-0000-000000000002</xmpMM:InstanceID>
            trailer /ID[<{id}><{id}>]
            """;
        var bytes = Encoding.Latin1.GetBytes(text);
        DeterministicIdentifiers.Apply(bytes, new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero));
        return bytes;
    }

    [Fact]
    public void Links_drawn_in_one_second_or_in_two_give_the_same_bytes()
    {
        var sameSecond = Saved("ABCDEF", "11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222", "22", "22", new string('A', 32));
        var twoSeconds = Saved("ABCDEF", "11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222", "22", "23", new string('A', 32));

        Assert.Equal(Encoding.Latin1.GetString(sameSecond), Encoding.Latin1.GetString(twoSeconds));
    }

    [Fact]
    public void Other_random_values_give_the_same_bytes_and_repeated_ones_stay_equal()
    {
        var first = Saved("ABCDEF", "11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222", "22", "23", new string('A', 32));
        var second = Saved("QWERTY", "33333333-3333-3333-3333-333333333333", "44444444-4444-4444-4444-444444444444", "59", "59", new string('B', 32));

        Assert.Equal(Encoding.Latin1.GetString(first), Encoding.Latin1.GetString(second));
        var text = Encoding.Latin1.GetString(first);
        var tags = System.Text.RegularExpressions.Regex.Matches(text, "/(?:FontName|BaseFont)/([A-Z]{6})\\+").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, tags.Count);
        Assert.Equal(tags[0], tags[1]);
        Assert.Contains("/M(D:20261124000000+00'00')", text);
        Assert.DoesNotContain("000000000001", text);
    }
}
