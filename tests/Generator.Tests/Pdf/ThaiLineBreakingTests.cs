using System.Globalization;
using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Text;

namespace Leaflet.Tests.Pdf;

/// <summary>
/// Thai (like Lao, Khmer and Myanmar) writes no spaces between words and the line breaking has
/// no dictionary to find them: a run of Thai between spaces is one word. One wider than the line
/// breaks between grapheme clusters, so it never runs past the margin.
/// </summary>
public sealed class ThaiLineBreakingTests
{
    private const string Regular = "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf";

    /// <summary>"Small red dots on the skin are usually harmless lumps made of blood vessels", without spaces.</summary>
    private const string Sentence = "จุดแดงเล็กๆบนผิวหนังมักเป็นก้อนที่ไม่เป็นอันตรายซึ่งเกิดจากหลอดเลือดและส่วนใหญ่ไม่จำเป็นต้องรักษา";

    [SkippableFact]
    public void A_thai_sentence_without_spaces_wider_than_the_line_breaks_between_clusters_within_the_margin()
    {
        SkipUnlessInstalled();
        var thai = new FontLibrary().Load(Regular);
        var measurer = new TextMeasurer(FontChains.For([thai], [], FontSet.Default), new HarfBuzzShaper(), "th-TH");
        var style = new TextStyle(FontStyle.Regular, 12, new Rgb(0, 0, 0));

        var lines = LineBreaker.Break([new StyledRun("ดู " + Sentence + " ครับ", style)], 120, measurer);

        Assert.True(lines.Count >= 3, $"{lines.Count} lines");
        Assert.All(lines, l => Assert.True(l.Width <= 120, $"'{l.Text}' is {l.Width:0.0} pt wide"));
        Assert.Equal("ดู ", lines[0].Text); // the word too wide for the line starts a line of its own
        var text = "ดู " + Sentence + " ครับ";
        Assert.Equal(text, string.Concat(lines.Select(l => l.Text)));
        var clusters = StringInfo.ParseCombiningCharacters(text).ToHashSet();
        var at = 0;
        foreach (var line in lines)
        {
            Assert.Contains(at, clusters);
            at += line.Text.Length;
        }
    }

    private static void SkipUnlessInstalled()
    {
        if (File.Exists(Regular)) return;
        const string message = $"Noto Sans Thai is not at {Regular} (apt-get install fonts-noto-core)";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(message + "; it is required in CI.");
        Skip.If(true, message + "; skipped outside CI.");
    }
}
