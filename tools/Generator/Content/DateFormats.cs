using System.Globalization;

namespace Leaflet.Content;

public static class DateFormats
{
    /// <summary>
    /// The culture with the Gregorian calendar, read-only: a leaflet reviewed on 24 November 2026 says
    /// 2026 in every language, also where the culture's own default is another calendar (Umm al-Qura,
    /// Persian, Thai Buddhist). Its month names and patterns are the culture's for that calendar.
    /// </summary>
    public static CultureInfo InGregorianCalendar(CultureInfo culture)
    {
        if (culture.DateTimeFormat.Calendar is GregorianCalendar) return culture;
        var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>()
            .OrderBy(c => c.CalendarType == GregorianCalendarTypes.Localized ? 0 : 1)
            .FirstOrDefault() ?? new GregorianCalendar();
        var clone = (CultureInfo)culture.Clone();
        clone.DateTimeFormat.Calendar = gregorian;
        return CultureInfo.ReadOnly(clone);
    }

    /// <summary>
    /// The culture's long date without the weekday: a leaflet's dates read "24 ноября 2026 г.",
    /// "24 November 2026" or "24 نوفمبر 2026"; the weekday adds nothing and ICU puts it in every long
    /// pattern. What follows the weekday up to the next date field goes with it ("dddd 'den' d.",
    /// "dddd، d"); a weekday at the end takes the spaces and commas before it ("d MMMM yyyy, dddd"),
    /// and leaves a word that belongs to the year ("yyyy 'ел', dddd").
    /// </summary>
    public static string LongDateWithoutWeekday(CultureInfo culture)
    {
        var tokens = DatePatternToken.Split(culture.DateTimeFormat.LongDatePattern).ToList();
        var weekday = tokens.FindIndex(t => t.IsWeekday);
        if (weekday >= 0)
        {
            var next = tokens.FindIndex(weekday + 1, t => t.IsField);
            var end = next < 0 ? tokens.Count : next;
            tokens.RemoveRange(weekday, end - weekday);
            if (next < 0)
                while (weekday > 0 && tokens[weekday - 1].IsSeparator) tokens.RemoveAt(--weekday);
        }
        var pattern = string.Concat(tokens.Select(t => t.Text)).Trim();
        // One letter alone would be read as a standard format ("d" is the short date); '%' makes it custom.
        return pattern.Length switch { 0 => "%d", 1 => "%" + pattern, _ => pattern };
    }
}
