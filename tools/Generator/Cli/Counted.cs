using System.Globalization;

namespace Leaflet.Cli;

/// <summary>A count and its noun as a summary line says it: "1 leaflet", "2 leaflets", "0 errors".</summary>
public static class Counted
{
    /// <param name="one">The noun for exactly one.</param>
    /// <param name="many">The noun for any other count; the noun plus "s" when not given.</param>
    public static string Of(int count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many ?? one + "s")}");
}
