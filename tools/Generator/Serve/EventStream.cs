using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Leaflet.Serve;

/// <summary>One open page's server-sent event stream: the current state first, then every event until the page or the server goes.</summary>
internal sealed class EventStream(ReloadHub hub, Func<SiteFiles> current)
{
    private static readonly TimeSpan KeepAliveEvery = TimeSpan.FromSeconds(15);

    public async Task Run(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var channel = hub.Listen();
        try
        {
            var site = current();
            await Write(response, ServerEvents.Retry + ServerEvents.Build(site.Number), context.RequestAborted);
            if (site.Problems.Count > 0) await Write(response, ServerEvents.Problems(site.Problems), context.RequestAborted);
            else if (site.Warnings.Count > 0) await Write(response, ServerEvents.Warnings(site.Warnings), context.RequestAborted);
            while (true)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
                wait.CancelAfter(KeepAliveEvery);
                string message;
                try
                {
                    if (!await channel.Reader.WaitToReadAsync(wait.Token)) return;
                    if (!channel.Reader.TryRead(out message!)) continue;
                }
                catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
                {
                    message = ServerEvents.KeepAlive;
                }
                await Write(response, message, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            hub.Leave(channel);
        }
    }

    private static async Task Write(HttpResponse response, string text, CancellationToken cancel)
    {
        await response.WriteAsync(text, Encoding.UTF8, cancel);
        await response.Body.FlushAsync(cancel);
    }
}
