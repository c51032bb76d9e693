using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Leaflet.Pdf;
using Leaflet.Pdf.PostSave;
using UglyToad.PdfPig;

namespace Leaflet.Tests.Pdf.PostSave;

/// <summary>
/// The values PDFsharp draws at random or from the clock inside Save(), found in the entries that
/// hold them and replaced by values derived from the content.
/// </summary>
public sealed class DeterministicIdentifiersTests
{
    /// <summary>A search of the whole file's text for the same values: right only while no text of the leaflet looks like one.</summary>
    private static readonly Regex TextSearch = new(
        @"(?<=/(?:FontName|BaseFont)/)(?<tag>[A-Z]{6})(?=\+)|(?<=/NM\()(?<uuid>[0-9a-f-]{36})(?=\))|(?<=uuid:)(?<uuid>[0-9a-f-]{36})|(?<=/ID\[<)(?<id>[0-9A-F]{32})><(?<id>[0-9A-F]{32})(?=>\])|(?<=/M\(D:)(?<date>\d{14})(?<zone>[+-]\d\d'\d\d')?(?=\))");

    private const string Uuid = "uuid:0c2caf5f-83ad-9afc-e80f-6820e1fbad13";

    private static readonly DateTimeOffset Modified = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    private static LeafletPdfRequest WithLinks(string text = "Red dots") => EnglishLeaflet.Request(
        markdown: $"{text}: see [the other leaflet](../moles/) and [the clinic](https://example.org/clinic).\n");

    [Fact]
    public void In_a_leaflet_the_values_found_object_by_object_are_those_a_search_of_the_text_finds()
    {
        var pdf = EnglishLeaflet.Write(WithLinks()).Pdf;

        var expected = Search(pdf);
        var found = RandomValueLocator.Find(pdf).Select(v => (v.Index, v.Length, v.Kind)).ToList();
        Assert.Equal(expected, found);
        // Two fonts, each tagged in its font, descendant font and descriptor; four link annotations (the printed
        // address takes two lines), each with a name and a date; the XMP's two IDs; the trailer's two.
        Assert.Equal("date 4, id 2, tag 6, uuid 6, zone 4",
            string.Join(", ", found.GroupBy(v => v.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
    }

    [Fact]
    public void A_title_description_and_link_text_that_look_like_identifiers_are_left_as_written()
    {
        const string title = "Spots /BaseFont/ABCDEF+Sans";
        const string description = $"Red dots; see {Uuid} and /ID[<5BB15F4D09A3D53BD155CC20634652EC><5FAF2C0CAD83FC9AE80F6820E1FBAD13>]";
        var request = WithLinks(text: $"Read {Uuid} /NM(0c2caf5f-83ad-9afc-e80f-6820e1fbad13)") with { Title = title, Description = description };

        var pdf = EnglishLeaflet.Write(request).Pdf;

        Assert.True(Search(pdf).Count > RandomValueLocator.Find(pdf).Count, "the leaflet's text holds nothing a search would take for a value");
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(title, document.Information.Title);
        Assert.Equal(description, document.Information.Subject);
        Assert.True(document.TryGetXmpMetadata(out var xmp));
        Assert.Equal(description, xmp.GetXDocument().Descendants(XName.Get("description", "http://purl.org/dc/elements/1.1/")).Single().Value.Trim());
        Assert.Contains(Uuid, document.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Whatever_save_drew_at_random_or_from_the_clock_the_same_content_gives_the_same_bytes()
    {
        var pdf = EnglishLeaflet.Write(WithLinks()).Pdf;
        var redrawn = pdf.ToArray();
        // Another Save(): other tags, names and IDs (a value repeated stays repeated), and links
        // dated a second apart, as when the clock ticks while the file is saved.
        var dates = 0;
        foreach (var value in RandomValueLocator.Find(redrawn))
        {
            var span = redrawn.AsSpan(value.Index, value.Length);
            if (value.Kind == "date") Encoding.Latin1.GetBytes(dates++ == 0 ? "20261125145759" : "20261125145800", span);
            else if (value.Kind == "zone") Encoding.Latin1.GetBytes("+01'00'", span);
            else
            {
                for (var i = 0; i < span.Length; i++) span[i] = Other(value.Kind, span[i]);
            }
        }
        Assert.NotEqual(pdf, redrawn);

        DeterministicIdentifiers.Apply(redrawn, Modified);

        Assert.Equal(pdf, redrawn);
    }

    [Fact]
    public void Repeated_values_stay_equal_and_every_link_is_dated_by_the_content()
    {
        var text = Encoding.Latin1.GetString(EnglishLeaflet.Write(WithLinks()).Pdf);

        var tags = Regex.Matches(text, "/(?:FontName|BaseFont)/([A-Z]{6})\\+").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(6, tags.Count);
        Assert.All(tags.CountBy(t => t), tag => Assert.Equal(3, tag.Value));
        Assert.Equal(4, Regex.Matches(text, Regex.Escape("/M(D:20261124000000+00'00')")).Count);
        Assert.DoesNotContain("000000000001", text);
    }

    private static List<(int Index, int Length, string Kind)> Search(byte[] pdf) =>
        TextSearch.Matches(Encoding.Latin1.GetString(pdf))
            .SelectMany(m => new[] { "tag", "uuid", "id", "date", "zone" }.SelectMany(kind => m.Groups[kind].Captures.Select(c => (c.Index, c.Length, kind))))
            .OrderBy(v => v.Index)
            .ToList();

    /// <summary>Another character of the value's kind: a capital for a tag, a hex digit in the value's case, '-' kept.</summary>
    private static byte Other(string kind, byte b)
    {
        const string capitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var alphabet = kind == "tag" ? capitals : kind == "id" ? "0123456789ABCDEF" : "0123456789abcdef";
        var at = alphabet.IndexOf((char)b, StringComparison.Ordinal);
        return at < 0 ? b : (byte)alphabet[(at + 1) % alphabet.Length];
    }
}
