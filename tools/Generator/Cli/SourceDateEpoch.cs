using System.Globalization;

namespace Leaflet.Cli;

/// <summary>
/// SOURCE_DATE_EPOCH (reproducible-builds.org): seconds since 1970-01-01 UTC that stand for "now",
/// so a build made today of last year's content can say what last year's build said.
/// </summary>
public static class SourceDateEpoch
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    /// <returns>Whether the value is usable: unset or empty (the clock), or a whole number of seconds.</returns>
    public static bool TryParse(string? value, out DateTimeOffset? moment)
    {
        moment = null;
        if (string.IsNullOrEmpty(value)) return true;
        // The specification asks for a malformed value to stop the build rather than be ignored.
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            return false;
        moment = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }
}
