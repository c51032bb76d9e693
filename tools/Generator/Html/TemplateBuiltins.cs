using Scriban;
using Scriban.Runtime;

namespace Leaflet.Html;

/// <summary>
/// Scriban's built-in functions, less what would make two builds of the same content differ:
/// <c>date.now</c> and <c>date.utc_now</c> give the build's moment (SOURCE_DATE_EPOCH when it is set)
/// in UTC whatever the time zone, and <c>math.random</c> and <c>math.uuid</c> are not offered.
/// </summary>
internal static class TemplateBuiltins
{
    /// <summary>Changes the context's own built-ins, which Scriban creates afresh for every context.</summary>
    public static void Apply(TemplateContext context, DateTimeOffset now)
    {
        var moment = now.UtcDateTime;
        if (context.BuiltinObject["date"] is ScriptObject dates)
        {
            dates.SetValue("now", DelegateCustomFunction.CreateFunc(() => moment), readOnly: true);
            dates.SetValue("utc_now", DelegateCustomFunction.CreateFunc(() => moment), readOnly: true);
        }
        if (context.BuiltinObject["math"] is ScriptObject math)
        {
            math.Remove("random");
            math.Remove("uuid");
        }
    }
}
