using System.Globalization;
using System.Net;

namespace Leaflet.Links.External;

/// <summary>
/// Asks a server about one URL: GET, headers only (many servers answer HEAD wrongly),
/// following redirects itself so it can report where they lead, and trying once more
/// after a timeout, a network failure or a server error.
/// </summary>
internal sealed class HttpProbe(HttpClient client, LinkCheckOptions options)
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(200);

    public async Task<ExternalResult> ProbeAsync(Uri url, CancellationToken ct)
    {
        var current = url;
        int? redirectStatus = null;
        for (var hops = 0; ; hops++)
        {
            var (status, location, error) = await AttemptTwiceAsync(current, ct);
            var redirectedTo = hops > 0 ? current.AbsoluteUri : null;
            if (status is >= 300 and < 400 && location is not null)
            {
                if (hops == options.MaxRedirects)
                    return Result(0, redirectStatus, redirectedTo, $"more than {options.MaxRedirects} redirects");
                redirectStatus ??= status;
                current = new Uri(current, location);
                continue;
            }
            return Result(status, redirectStatus, redirectedTo, error);
        }
    }

    private ExternalResult Result(int status, int? redirectStatus, string? redirectedTo, string? error) =>
        new(status, redirectStatus, redirectedTo, error, options.Clock.GetUtcNow());

    private async Task<(int Status, Uri? Location, string? Error)> AttemptTwiceAsync(Uri url, CancellationToken ct)
    {
        var answer = await AttemptAsync(url, ct);
        if (answer.Status is > 0 and < 500) return answer;
        await Task.Delay(RetryPause, ct);
        return await AttemptAsync(url, ct);
    }

    private async Task<(int Status, Uri? Location, string? Error)> AttemptAsync(Uri url, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.ExternalTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return ((int)response.StatusCode, response.Headers.Location, null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            var seconds = options.ExternalTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            return (0, null, $"no answer within {seconds} s");
        }
        catch (HttpRequestException e)
        {
            return (0, null, e.HttpRequestError == HttpRequestError.Unknown ? e.Message : e.HttpRequestError.ToString());
        }
    }
}
