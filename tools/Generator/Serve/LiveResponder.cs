using Microsoft.AspNetCore.Http;

namespace Leaflet.Serve;

/// <summary>
/// Answers requests from the current snapshot as a static host would: a folder by its index.html,
/// a folder without its slash by a redirect, anything missing by 404.html with status 404. Nothing
/// is cached, so a reload always shows the latest build.
/// </summary>
public sealed class LiveResponder(Func<SiteFiles> current, ReloadHub hub)
{
    public async Task Respond(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        var path = request.Path.Value ?? "/";
        if (path == LiveScript.EventsPath)
        {
            await new EventStream(hub, current).Run(context);
            return;
        }
        if (path == LiveScript.Path)
        {
            await Send(context, StatusCodes.Status200OK, ContentTypes.Of(path), LiveScript.Source);
            return;
        }

        var site = current();
        var lookup = site.Find(path.TrimStart('/'));
        switch (lookup.Kind)
        {
            case LookupKind.File:
                await Send(context, StatusCodes.Status200OK, lookup.Path, site);
                break;
            case LookupKind.Redirect:
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = request.PathBase + "/" + Uri.EscapeDataString(lookup.Path).Replace("%2F", "/") + request.QueryString;
                break;
            default:
                await SendNotFound(context, site);
                break;
        }
    }

    private static Task SendNotFound(HttpContext context, SiteFiles site)
    {
        if (site.Files.ContainsKey(SiteFiles.NotFoundPage))
            return Send(context, StatusCodes.Status404NotFound, SiteFiles.NotFoundPage, site);
        // No good build yet: a bare page that still loads the script, so the overlay shows why.
        var html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Not built yet</title></head><body><main><h1>No good build yet</h1></main></body></html>"u8.ToArray();
        return Send(context, StatusCodes.Status404NotFound, ContentTypes.Of(SiteFiles.NotFoundPage), LiveScript.Inject(html, SiteFiles.NotFoundPage, site.Number));
    }

    private static Task Send(HttpContext context, int status, string file, SiteFiles site)
    {
        var bytes = site.Files[file];
        if (ContentTypes.IsHtml(file)) bytes = LiveScript.Inject(bytes, file, site.Number);
        return Send(context, status, ContentTypes.Of(file), bytes);
    }

    private static async Task Send(HttpContext context, int status, string contentType, byte[] bytes)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
