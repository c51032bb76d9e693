using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Content;

/// <summary>
/// <c>digits:</c> of a _language.yaml: latin when absent, the culture's native digits when asked, in dates of the Gregorian calendar;
/// any other value is LF1050 at its own line and nothing is published.
/// </summary>
public sealed class LanguageDigitsTests
{
    private static (Language? Language, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "_language.yaml");
        File.WriteAllText(path, yaml);
        var diagnostics = new DiagnosticBag();
        var language = LanguageReader.Read("ar", path, "_language.yaml", diagnostics);
        return (language, diagnostics.ToSortedList());
    }

    [Fact]
    public void A_language_without_digits_prints_latin_ones()
    {
        var (language, diagnostics) = Read("name: العربية\nculture: ar-EG\ndirection: rtl\nstrings:\n  a: b\n");
        Assert.Empty(diagnostics);
        Assert.Equal("latin", language!.Digits.Name);
        Assert.Equal("24 نوفمبر 2026", language.FormatDate(new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public void Native_digits_are_the_cultures_own_in_dates_and_numbers()
    {
        var (language, diagnostics) = Read("name: العربية\nculture: ar-EG\ndirection: rtl\ndigits: native\nstrings:\n  a: b\n");
        Assert.Empty(diagnostics);
        Assert.Equal("٢٤ نوفمبر ٢٠٢٦", language!.FormatDate(new DateOnly(2026, 11, 24)));
        Assert.Equal("١٢٠", language.Digits.Format(120));
    }

    /// <summary>ar-SA's own calendar is Umm al-Qura: read as a language, it still dates a leaflet reviewed on 24 November 2026 in 2026.</summary>
    [Theory]
    [InlineData("ar-SA", "latin", "24 نوفمبر 2026 م")]
    [InlineData("ar-SA", "native", "٢٤ نوفمبر ٢٠٢٦ م")]
    [InlineData("ar-EG", "native", "٢٤ نوفمبر ٢٠٢٦")]
    public void A_language_dates_in_the_gregorian_calendar_whatever_its_cultures_default(string culture, string digits, string expected)
    {
        var (language, diagnostics) = Read($"name: العربية\nculture: {culture}\ndirection: rtl\ndigits: {digits}\nstrings:\n  a: b\n");
        Assert.Empty(diagnostics);
        Assert.Equal(expected, language!.FormatDate(new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public void An_unknown_value_is_LF1050_at_its_line_and_column_and_the_language_is_not_read()
    {
        var (language, diagnostics) = Read("name: العربية\nculture: ar-EG\ndirection: rtl\ndigits: arabic\nstrings:\n  a: b\n");
        Assert.Null(language);
        var error = Assert.Single(diagnostics);
        Assert.Equal("_language.yaml(4,9): error LF1050: 'digits' must be latin (0123456789) or native (the culture's own digits), not 'arabic'", error.ToString());
    }

    [Fact]
    public void Native_digits_of_a_culture_that_writes_latin_ones_are_LF1051()
    {
        var (language, diagnostics) = Read("name: עברית\nculture: he-IL\ndirection: rtl\ndigits: native\nstrings:\n  a: b\n");
        Assert.NotNull(language);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("LF1051", warning.Code);
        Assert.Equal(4, warning.Line);
    }

    [Fact]
    public void The_build_stops_on_an_unknown_value()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("ru/_language.yaml", workspace.ReadContent("ru/_language.yaml").Replace("direction: ltr\n", "direction: ltr\ndigits: roman\n"));

        var site = workspace.Build(noPdf: true);

        Assert.False(site.Result.Published);
        var (line, column) = TextPosition.Of(workspace.ReadContent("ru/_language.yaml"), "digits: roman");
        Printed.Single(site.Result.Diagnostics, "LF1050", "error", "content/ru/_language.yaml", line, column + 8);
    }
}
