namespace Leaflet.Links.External;

/// <summary>What a web server said about one URL, as kept in the cache.</summary>
/// <param name="Status">The final HTTP status, or 0 when no answer came.</param>
/// <param name="RedirectStatus">The status of the first redirect, when there was one.</param>
/// <param name="RedirectedTo">Where the redirects ended.</param>
/// <param name="Error">Why no answer came.</param>
internal sealed record ExternalResult(int Status, int? RedirectStatus, string? RedirectedTo, string? Error, DateTimeOffset CheckedAt)
{
    public bool Answered => Status != 0;
}
