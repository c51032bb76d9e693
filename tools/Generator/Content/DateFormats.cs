using System.Globalization;
using System.Text.RegularExpressions;

namespace Leaflet.Content;

public static partial class DateFormats
{
    /// <summary>
    /// The culture's long date without the weekday: a leaflet's dates read "24 ноября 2026 г."
    /// or "24 November 2026"; the weekday adds nothing and ICU puts it in every long pattern.
    /// </summary>
    public static string LongDateWithoutWeekday(CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.LongDatePattern;
        var withoutWeekday = Weekday().Replace(pattern, "").Trim(' ', ',');
        return withoutWeekday.Length == 0 ? "d" : withoutWeekday;
    }

    [GeneratedRegex(@"d{4}[,.]?\s*")]
    private static partial Regex Weekday();
}
