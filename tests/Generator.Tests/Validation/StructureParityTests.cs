using Leaflet.Tests.Support;

namespace Leaflet.Tests.Validation;

/// <summary>
/// Issue 7, structure parity (LF2101): a translation keeps the skeleton of the default-language
/// article. The warning names the translation at the first place the two part, and the source
/// file with the line and column of the part it expected there.
/// </summary>
public sealed class StructureParityTests
{
    private const string EnglishFile = "content/" + RealContentCopy.English;
    private const string RussianFile = "content/" + RealContentCopy.Russian;

    /// <summary>
    /// The Russian translation's one LF2101, checked to be a warning at its line and to name the source
    /// at its line. A change a test makes to the source makes the other translations differ too.
    /// </summary>
    private static Printed SingleParity(BuiltSite site, int russianLine, int russianColumn, string englishText, string englishStart)
    {
        var russian = site.Result.Diagnostics.Where(d => d.Code != "LF2101" || d.File.EndsWith(RussianFile, StringComparison.Ordinal));
        var printed = Printed.Single(russian, "LF2101", "warning", RussianFile, russianLine, russianColumn);
        var (line, column) = TextPosition.Of(englishText, englishStart);
        Assert.Contains($"{EnglishFile}({line},{column})", printed.Message);
        return printed;
    }

    [Fact]
    public void The_real_translation_has_the_skeleton_of_the_source_and_gives_no_LF2101()
    {
        using var workspace = RealContentCopy.Create();
        var site = workspace.BuildSafely().AssertPublished();
        Assert.Empty(site.PrintedWith("LF2101"));
    }

    [Fact]
    public void Different_words_in_the_same_skeleton_give_no_LF2101()
    {
        using var workspace = RealContentCopy.Create();
        workspace.Change(RealContentCopy.Russian, "- Ангиомы постоянно трутся об одежду.", "- Одежда постоянно натирает ангиомы.");
        workspace.Change(RealContentCopy.Russian, "### Удаление лазером", "### Лазер");
        var site = workspace.BuildSafely().AssertPublished();
        Assert.Empty(site.PrintedWith("LF2101"));
    }

    [Fact]
    public void A_list_item_removed_is_LF2101_with_both_counts_and_both_lines()
    {
        using var workspace = RealContentCopy.Create();
        var english = workspace.ReadContent(RealContentCopy.English);
        var text = workspace.Change(RealContentCopy.Russian, "\n3. Если есть риск случайно сильно повредить родинку.", "");

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(text, "1. Если такой");
        var printed = SingleParity(site, line, column, english, "1. They appear on the face");
        // The issue's own example: "3 list items here, 4 in content/en/…(54,1)".
        Assert.StartsWith("2 numbered list items here, 3 numbered list items in ", printed.Message);
        site.AssertPublished();
    }

    [Fact]
    public void A_heading_level_changed_is_LF2101_naming_both_levels()
    {
        using var workspace = RealContentCopy.Create();
        var english = workspace.ReadContent(RealContentCopy.English);
        var text = workspace.Change(RealContentCopy.Russian, "### Удаление жидким азотом", "## Удаление жидким азотом");

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(text, "## Удаление жидким азотом");
        var printed = SingleParity(site, line, column, english, "### Removal with liquid nitrogen");
        Assert.StartsWith("a level-2 heading here, a level-3 heading in ", printed.Message);
    }

    [Fact]
    public void A_callout_removed_is_LF2101_at_what_stands_in_its_place()
    {
        using var workspace = RealContentCopy.Create();
        var english = workspace.ReadContent(RealContentCopy.English);
        var russian = workspace.ReadContent(RealContentCopy.Russian);
        var callout = russian[russian.IndexOf("::: callout\nКрасные точки на теле (ангиомы)", StringComparison.Ordinal)..];
        callout = callout[..(callout.IndexOf("\n:::\n", StringComparison.Ordinal) + 5)];
        var text = workspace.Change(RealContentCopy.Russian, callout, "");

        var site = workspace.BuildSafely();

        // The first callout is the first part of the skeleton, so the translation parts at its first list.
        var (line, column) = TextPosition.Of(text, "1. **Капиллярные");
        var printed = SingleParity(site, line, column, english, "::: callout\nRed dots on the body (angiomas)");
        Assert.StartsWith("3 numbered list items here, a callout in ", printed.Message);
    }

    [Fact]
    public void A_callout_added_at_the_end_is_LF2101_saying_the_source_has_nothing_more()
    {
        using var workspace = RealContentCopy.Create();
        var text = workspace.ReadContent(RealContentCopy.Russian) + "\n::: callout\nЛишняя врезка\n:::\n";
        workspace.WriteContent(RealContentCopy.Russian, text);

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(text, "::: callout\nЛишняя");
        var printed = Printed.Single(site.Result.Diagnostics, "LF2101", "warning", RussianFile, line, column);
        Assert.StartsWith("a callout here, nothing more in ", printed.Message);
        Assert.EndsWith(EnglishFile, printed.Message);
    }

    [Fact]
    public void A_picture_changed_is_LF2101_naming_both_pictures()
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContentBytes("images/angioma.png", Png.Pixel(200, 0, 0));
        workspace.WriteContentBytes("images/mole.png", Png.Pixel(90, 60, 30));
        var english = workspace.Change(RealContentCopy.English, "## Treating red dots\n", "## Treating red dots\n\n![An angioma](images/angioma.png)\n");
        var text = workspace.Change(RealContentCopy.Russian, "## Лечение красных точек\n", "## Лечение красных точек\n\n![Родинка](images/mole.png)\n");

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(text, "![Родинка]");
        var printed = SingleParity(site, line, column, english, "![An angioma]");
        Assert.StartsWith("the picture 'images/mole.png' here, the picture 'images/angioma.png' in ", printed.Message);
    }

    [Fact]
    public void The_same_picture_with_translated_alternative_text_gives_no_LF2101()
    {
        using var workspace = RealContentCopy.Create();
        workspace.WriteContentBytes("images/angioma.png", Png.Pixel(200, 0, 0));
        workspace.Change(RealContentCopy.English, "## Treating red dots\n", "## Treating red dots\n\n![An angioma](images/angioma.png)\n");
        workspace.Change(RealContentCopy.Russian, "## Лечение красных точек\n", "## Лечение красных точек\n\n![Ангиома](images/angioma.png)\n");

        var site = workspace.BuildSafely().AssertPublished();
        Assert.Empty(site.PrintedWith("LF2101", RussianFile));
    }

    [Fact]
    public void A_link_target_changed_is_LF2101_naming_both_targets()
    {
        using var workspace = RealContentCopy.Create();
        var english = workspace.Change(RealContentCopy.English, "experienced dermatologist.", "experienced [dermatologist](https://www.example.org/dermatology).");
        var text = workspace.Change(RealContentCopy.Russian, "консультацию опытного дерматолога.", "консультацию опытного [дерматолога](https://www.example.org/surgery).");

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(text, "[дерматолога]");
        var printed = SingleParity(site, line, column, english, "[dermatologist]");
        Assert.StartsWith("a link to 'https://www.example.org/surgery' here, a link to 'https://www.example.org/dermatology' in ", printed.Message);
    }

    [Fact]
    public void A_link_to_the_same_leaflet_with_a_translated_section_id_gives_no_LF2101()
    {
        using var workspace = RealContentCopy.Create();
        workspace.Change(RealContentCopy.English, "experienced dermatologist.", "experienced dermatologist (see [removal](red-dots-on-the-body.md#ways-to-remove-red-dots)).");
        workspace.Change(RealContentCopy.Russian, "консультацию опытного дерматолога.", "консультацию опытного дерматолога (см. [удаление](red-dots-on-the-body.md#методы-воздействия)).");

        var site = workspace.BuildSafely().AssertPublished();
        Assert.Empty(site.PrintedWith("LF2101", RussianFile));
        SiteChecks.AssertNoBrokenLinks(site);
    }

    [Fact]
    public void A_translation_linking_to_the_source_languages_page_of_an_untranslated_leaflet_keeps_parity()
    {
        // The English article links to drinking-water.md, which has no Russian translation, so the
        // Russian article cannot link to its own language's page (LF1015) and links to the English
        // page instead. Both links name the same page; the skeletons should match.
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent("en/drinking-water.md", Leaflets.Text("Drink water often.", "Drinking water"));
        workspace.Change(RealContentCopy.English, "experienced dermatologist.", "experienced dermatologist (see [water](drinking-water.md)).");
        workspace.Change(RealContentCopy.Russian, "консультацию опытного дерматолога.", "консультацию опытного дерматолога (см. [о воде](../en/drinking-water.md)).");

        var site = workspace.BuildSafely();

        Assert.Empty(site.PrintedWith("LF1015"));
        Assert.True(site.PrintedWith("LF2101", RussianFile).Count == 0,
            "a link to the same page written from another folder is not a different target:\n" + string.Join("\n", site.PrintedWith("LF2101", RussianFile)));
    }
}
