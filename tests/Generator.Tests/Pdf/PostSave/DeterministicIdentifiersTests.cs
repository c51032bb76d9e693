using System.Text;
using System.Text.RegularExpressions;
using Leaflet.Pdf.PostSave;

namespace Leaflet.Tests.Pdf.PostSave;

/// <summary>The values PDFsharp draws at random or from the clock, found and replaced in the saved bytes.</summary>
public sealed class DeterministicIdentifiersTests
{
    // The expression the scanner replaced, kept as its specification.
    private static readonly Regex Specification = new(
        @"(?<=/(?:FontName|BaseFont)/)(?<tag>[A-Z]{6})(?=\+)|(?<=/NM\()(?<uuid>[0-9a-f-]{36})(?=\))|(?<=uuid:)(?<uuid>[0-9a-f-]{36})|(?<=/ID\[<)(?<id>[0-9A-F]{32})><(?<id>[0-9A-F]{32})(?=>\])|(?<=/M\(D:)(?<date>\d{14})(?<zone>[+-]\d\d'\d\d')?(?=\))");

    private const string Sample =
        "/FontName/ABCDEF+NotoSans /BaseFont/ABCDEF+NotoSans /BaseFont/abcdef+X /FontName/ABCDE+X\n" +
        "/NM(0c2caf5f-83ad-9afc-e80f-6820e1fbad13)/M(D:20261125140500+00'00') /NM(0c2caf5f-83ad-9afc-e80f-6820e1fbad1)\n" +
        "/M(D:20261125140501) /M(D:20261125140502+00'00 /M(D:2026112514050)\n" +
        "<xmpMM:DocumentID>uuid:9943f02c-ab71-f0a1-2850-bc1a00cc4d3a</xmpMM:DocumentID> uuid:9943f02c\n" +
        "trailer <</ID[<5BB15F4D09A3D53BD155CC20634652EC><5FAF2C0CAD83FC9AE80F6820E1FBAD13>]/Info 1 0 R>> /ID[<5BB1>]";

    [Fact]
    public void The_scanner_finds_what_the_regular_expression_found()
    {
        var bytes = Encoding.Latin1.GetBytes(Sample);
        var expected = Specification.Matches(Sample)
            .SelectMany(m => new[] { "tag", "uuid", "id", "date", "zone" }.SelectMany(kind => m.Groups[kind].Captures.Select(c => (c.Index, c.Length, kind))))
            .ToList();
        var found = RandomValueScanner.Find(bytes).Select(v => (v.Index, v.Length, v.Kind)).ToList();
        Assert.Equal(9, expected.Count);
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Link_dates_a_second_apart_give_the_same_bytes()
    {
        var first = Encoding.Latin1.GetBytes(Links("20261125140559", "20261125140559"));
        var second = Encoding.Latin1.GetBytes(Links("20261125140559", "20261125140600"));
        var modified = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);
        DeterministicIdentifiers.Apply(first, modified);
        DeterministicIdentifiers.Apply(second, modified);
        Assert.Equal(Encoding.Latin1.GetString(first), Encoding.Latin1.GetString(second));
        Assert.Contains("/M(D:20261124000000+00'00')", Encoding.Latin1.GetString(first));
    }

    private static string Links(string firstDate, string secondDate) =>
        $"/NM(0c2caf5f-83ad-9afc-e80f-6820e1fbad13)/M(D:{firstDate}+00'00')\n" +
        $"/NM(7104be66-ccb4-37a1-1fd5-47286a65c8be)/M(D:{secondDate}+00'00')\n" +
        "uuid:9943f02c-ab71-f0a1-2850-bc1a00cc4d3a\n";
}
