namespace Leaflet.Cli;

/// <summary>
/// The day <c>new</c> and <c>add</c> write into a new leaflet's dates: SOURCE_DATE_EPOCH's when it is
/// set, so a scripted site is the same every time, or else today's (in UTC, as the build judges review dates).
/// </summary>
public static class ScaffoldDate
{
    /// <returns>False when SOURCE_DATE_EPOCH is malformed.</returns>
    public static bool TryGet(Func<string, string?> environment, out DateOnly today)
    {
        today = default;
        if (!SourceDateEpoch.TryParse(environment(SourceDateEpoch.Variable), out var moment)) return false;
        today = DateOnly.FromDateTime((moment ?? DateTimeOffset.UtcNow).UtcDateTime);
        return true;
    }
}
