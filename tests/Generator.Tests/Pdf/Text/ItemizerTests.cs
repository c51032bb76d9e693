using HarfBuzzSharp;
using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Text;

namespace Leaflet.Tests.Pdf.Text;

public class ItemizerTests
{
    private static readonly FontChain Regular = FontChains.Default[FontStyle.Regular];

    [Fact]
    public void Latin_inside_cyrillic_is_an_item_of_its_own_and_weak_characters_join_the_text_before_them()
    {
        const string text = "«Скачайте PDF, 2 стр.»";

        var items = Itemizer.Itemize(text, Regular);

        Assert.Equal(
            [("«Скачайте ", Script.Cyrillic), ("PDF, 2 ", Script.Latin), ("стр.»", Script.Cyrillic)],
            items.Select(i => (text.Substring(i.Start, i.Length), i.Script)));
        Assert.All(items, i => Assert.Same(Regular.Primary, i.Font));
    }

    [Fact]
    public void Text_of_weak_characters_alone_is_one_common_item()
    {
        var item = Assert.Single(Itemizer.Itemize("12 – 24.", Regular));

        Assert.Equal((0, 8, Script.Common), (item.Start, item.Length, item.Script));
    }

    [Fact]
    public void A_right_to_left_script_shapes_right_to_left()
    {
        var item = Assert.Single(Itemizer.Itemize("שלום", Regular));

        Assert.Equal(Script.Hebrew, item.Script);
        Assert.True(item.RightToLeft);
    }

    [Fact]
    public void The_shipped_font_shapes_with_kerning()
    {
        var face = Regular.Primary;
        var item = Assert.Single(Itemizer.Itemize("AV", Regular));

        var kerned = new HarfBuzzShaper().Shape("AV", item, "en-GB");
        var apart = new HarfBuzzShaper().Shape("A", item with { Length = 1 }, "en-GB")[0].XAdvance
            + new HarfBuzzShaper().Shape("V", item with { Length = 1 }, "en-GB")[0].XAdvance;

        Assert.Equal(2, kerned.Length);
        Assert.True(kerned.Sum(g => g.XAdvance) < apart, $"'AV' is {kerned.Sum(g => g.XAdvance)} units wide, 'A' and 'V' apart {apart}");
        Assert.Same(face, item.Font);
    }
}
