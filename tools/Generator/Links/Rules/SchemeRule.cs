using System.Text.RegularExpressions;
using Leaflet.Diagnostics;
using Leaflet.Routing;

namespace Leaflet.Links.Rules;

/// <summary>Links that are not to a page: their syntax, which is all that can be checked offline.</summary>
internal static partial class SchemeRule
{
    public static Finding? Check(PageLink link, ResolvedLink target) => target.Kind switch
    {
        LinkKind.Malformed => Finding.Of(link, DiagnosticCodes.MalformedUrl, $"link '{link.Href}' is not a valid URL"),
        LinkKind.EscapesRoot => Finding.Of(link, DiagnosticCodes.EscapesRoot,
            $"link '{link.Href}' climbs above the site root, so it breaks when the site is served from a sub-path"),
        LinkKind.Script => Finding.Of(link, DiagnosticCodes.ScriptLink,
            $"link '{link.Href}' runs a script instead of leading somewhere"),
        LinkKind.Mail when !IsMailTarget(target.Detail ?? "") => Finding.Of(link, DiagnosticCodes.MalformedMailto,
            $"mail link '{link.Href}' does not name valid e-mail addresses"),
        LinkKind.Phone when !IsPhoneNumber(target.Detail ?? "") => Finding.Of(link, DiagnosticCodes.MalformedTel,
            $"phone link '{link.Href}' is not a phone number"),
        _ => null,
    };

    /// <summary>RFC 6068: comma-separated addresses, then optional headers.</summary>
    private static bool IsMailTarget(string target)
    {
        var query = target.IndexOf('?');
        var to = query >= 0 ? target[..query] : target;
        if (to.Length == 0) return query >= 0 && target[query..].Contains("to=", StringComparison.OrdinalIgnoreCase);
        var addresses = to.Split(',');
        return addresses.All(address => Address().IsMatch(UrlText.PercentDecode(address).Trim()));
    }

    /// <summary>RFC 3966 digits with visual separators, parameters after ';' ignored.</summary>
    private static bool IsPhoneNumber(string target)
    {
        var number = UrlText.PercentDecode(target.Split(';')[0]);
        return PhoneNumber().IsMatch(number) && number.Count(char.IsAsciiDigit) >= 3;
    }

    [GeneratedRegex(@"^[^\s@,;<>()\[\]\\""]+@[^\s@,;<>()\[\]\\""]+\.[^\s@,;<>()\[\]\\"".]+$")]
    private static partial Regex Address();

    [GeneratedRegex(@"^\+?[0-9\-.() ]+$")]
    private static partial Regex PhoneNumber();
}
