using Microsoft.Playwright;

namespace Leaflet.Tests.Browser;

/// <summary>A page opened for one test, closed with its context; what the console reported as errors is kept.</summary>
public sealed class OpenPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page => page;

    public IResponse? Response { get; set; }

    private readonly List<(string Text, string Location)> _console = [];

    public List<string> Uncaught { get; } = [];

    /// <summary>
    /// Console errors and uncaught exceptions, except the one Chromium logs for a document served with
    /// status 404, which the 404 page is on purpose.
    /// </summary>
    public IReadOnlyList<string> Errors =>
        _console.Where(m => !(Response?.Status == 404 && m.Text.Contains("status of 404", StringComparison.Ordinal) && m.Location.StartsWith(Response.Url, StringComparison.Ordinal)))
            .Select(m => $"{m.Text} ({m.Location})")
            .Concat(Uncaught)
            .ToList();

    public void Console(IConsoleMessage message)
    {
        if (message.Type == "error") _console.Add((message.Text, message.Location));
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
