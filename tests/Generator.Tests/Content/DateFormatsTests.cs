using System.Globalization;
using System.Text.RegularExpressions;
using Leaflet.Content;

namespace Leaflet.Tests.Content;

/// <summary>Dates in each culture's own long form, without the weekday ICU puts in every long pattern.</summary>
public sealed class DateFormatsTests
{
    [Theory]
    [InlineData("ru-RU", "24 ноября 2026 г.")]
    [InlineData("en-GB", "24 November 2026")]
    [InlineData("de-DE", "24. November 2026")]
    [InlineData("fr-FR", "24 novembre 2026")]
    [InlineData("en-US", "November 24, 2026")]
    public void A_date_reads_as_the_culture_writes_it(string culture, string expected)
    {
        var info = CultureInfo.GetCultureInfo(culture);
        var text = new DateOnly(2026, 11, 24).ToString(DateFormats.LongDateWithoutWeekday(info), info);
        Assert.Equal(expected, Regex.Replace(text, @"\s", " "));
    }

    [Theory]
    [InlineData("ru-RU")]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void No_pattern_keeps_the_weekday(string culture)
    {
        var pattern = DateFormats.LongDateWithoutWeekday(CultureInfo.GetCultureInfo(culture));
        Assert.DoesNotContain("dddd", pattern);
        Assert.False(string.IsNullOrWhiteSpace(pattern));
    }
}
