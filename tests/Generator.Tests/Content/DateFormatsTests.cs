using System.Globalization;
using System.Text.RegularExpressions;
using Leaflet.Content;

namespace Leaflet.Tests.Content;

/// <summary>
/// Dates in each culture's own long form, without the weekday ICU puts in every long pattern and
/// without what joined the weekday to the date, always in the Gregorian calendar.
/// </summary>
public sealed class DateFormatsTests
{
    private static readonly DateOnly Reviewed = new(2026, 11, 24);

    private static string Format(string culture)
    {
        var info = DateFormats.InGregorianCalendar(CultureInfo.GetCultureInfo(culture));
        return Regex.Replace(Reviewed.ToString(DateFormats.LongDateWithoutWeekday(info), info), @"\s", " ");
    }

    [Theory]
    [InlineData("ru-RU", "24 ноября 2026 г.")]
    [InlineData("en-GB", "24 November 2026")]
    [InlineData("de-DE", "24. November 2026")]
    [InlineData("fr-FR", "24 novembre 2026")]
    [InlineData("en-US", "November 24, 2026")]
    [InlineData("ar-EG", "24 نوفمبر 2026")]
    [InlineData("he-IL", "24 בנובמבר 2026")]
    [InlineData("da-DK", "24. november 2026")]
    [InlineData("ur-PK", "24 نومبر، 2026")]
    [InlineData("tr-TR", "24 Kasım 2026")]
    [InlineData("hu-HU", "2026. november 24.")]
    [InlineData("ja-JP", "2026年11月24日")]
    public void A_date_reads_as_the_culture_writes_it(string culture, string expected) =>
        Assert.Equal(expected, Format(culture));

    /// <summary>ar-SA's own calendar is Umm al-Qura, in which 24 November 2026 falls in 1448.</summary>
    [Theory]
    [InlineData("ar-SA")]
    [InlineData("ar-EG")]
    [InlineData("fa-IR")]
    [InlineData("th-TH")]
    public void A_date_is_in_the_gregorian_calendar_whatever_the_culture_defaults_to(string culture)
    {
        var text = Format(culture);
        Assert.Contains("2026", text);
        Assert.DoesNotContain("1448", text);
        Assert.DoesNotContain("1405", text);
        Assert.DoesNotContain("2569", text);
    }

    [Fact]
    public void Saudi_arabic_names_the_gregorian_month_and_era()
    {
        var saudi = CultureInfo.GetCultureInfo("ar-SA");
        Assert.IsType<UmAlQuraCalendar>(saudi.DateTimeFormat.Calendar);
        Assert.IsType<GregorianCalendar>(DateFormats.InGregorianCalendar(saudi).DateTimeFormat.Calendar);
        Assert.Equal("24 نوفمبر 2026 م", Format("ar-SA"));
    }

    /// <summary>Removing "dddd، " must not leave "، 24 نوفمبر 2026" with the comma of the weekday hanging in front.</summary>
    [Fact]
    public void No_culture_keeps_the_weekday_or_a_comma_at_either_end()
    {
        var wrong = new List<string>();
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            var info = DateFormats.InGregorianCalendar(culture);
            var pattern = DateFormats.LongDateWithoutWeekday(info);
            var text = Reviewed.ToString(pattern, info).Trim();
            var weekday = info.DateTimeFormat.GetDayName(DayOfWeek.Tuesday);
            if (pattern.Contains("ddd", StringComparison.Ordinal) || text.Contains(weekday, StringComparison.Ordinal)
                || text.Length == 0 || ",،、，፣၊⹁ ".Contains(text[0]) || ",،、，፣၊⹁ ".Contains(text[^1])
                || !text.Contains("2026", StringComparison.Ordinal) && !ContainsNativeYear(text, info))
                wrong.Add($"{culture.Name}: '{info.DateTimeFormat.LongDatePattern}' gives '{text}'");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void A_one_letter_pattern_stays_a_custom_pattern()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.LongDatePattern = "dddd d";
        Assert.Equal("%d", DateFormats.LongDateWithoutWeekday(culture));
        Assert.Equal("24", Reviewed.ToString(DateFormats.LongDateWithoutWeekday(culture), culture));
    }

    private static bool ContainsNativeYear(string text, CultureInfo culture) =>
        text.Contains(string.Concat("2026".Select(c => culture.NumberFormat.NativeDigits[c - '0'])), StringComparison.Ordinal);
}
