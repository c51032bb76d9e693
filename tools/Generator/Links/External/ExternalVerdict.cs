using System.Globalization;
using Leaflet.Diagnostics;

namespace Leaflet.Links.External;

/// <summary>Turns a server's answer into a finding for the link that asked.</summary>
internal static class ExternalVerdict
{
    public static Finding? Judge(PageLink link, ExternalResult result)
    {
        var after = result.RedirectedTo is null ? "" : $" after redirecting to {result.RedirectedTo}";
        if (!result.Answered)
            return Finding.Of(link, DiagnosticCodes.ExternalBroken, $"link '{link.Href}' could not be reached{after}: {result.Error}");

        var status = result.Status.ToString(CultureInfo.InvariantCulture);
        if (result.Status is >= 200 and < 300)
        {
            if (result.RedirectedTo is null) return null;
            var kind = result.RedirectStatus is 301 or 308 ? "moved permanently" : "redirects";
            return Finding.Of(link, DiagnosticCodes.ExternalRedirected,
                $"link '{link.Href}' {kind} ({result.RedirectStatus}) to {result.RedirectedTo}");
        }

        // These servers answer, but only to people: a login wall, a robot wall or a rate limit.
        if (result.Status is 401 or 403 or 429)
            return Finding.Of(link, DiagnosticCodes.ExternalUnverified,
                $"link '{link.Href}' could not be verified: the server answered {status}{after}");

        return Finding.Of(link, DiagnosticCodes.ExternalBroken, $"link '{link.Href}' is broken: the server answered {status}{after}");
    }
}
