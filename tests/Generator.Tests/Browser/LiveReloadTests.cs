using System.Diagnostics;
using Leaflet.Tests.Support;
using Xunit.Abstractions;

namespace Leaflet.Tests.Browser;

/// <summary>
/// An editor changes a sentence and the open page shows it, without touching the browser. How fast is
/// a benchmark's question (tests/Benchmarks/ServeLatency); the time is printed, not asserted, as a
/// busy machine makes any bound flaky.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadTests(BrowserFixture browser, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task A_changed_sentence_shows_on_the_open_page_by_itself()
    {
        browser.Require();
        using var workspace = SiteWorkspace.FromRealContent();
        var (session, server) = await BrowserFixture.Serve(workspace, noPdf: false);
        using var stop = new CancellationTokenSource();
        var watching = Task.Run(async () =>
        {
            await foreach (var _ in session.Watch(stop.Token)) { }
        });
        try
        {
            var language = browser.Content.DefaultLanguage;
            var slug = browser.Content.Slugs[language][0];
            var file = $"{language}/{slug}.md";
            await using var open = await browser.Open("", url: new Uri(server.Address, $"{language}/{slug}/").ToString());
            await open.Page.WaitForFunctionAsync("() => document.querySelector('script[data-build]') !== null");

            var text = workspace.ReadContent(file);
            var sentence = text.Split('\n').First(l => l.Length > 60 && char.IsLetter(l[0]) && !l.Contains(':'));
            foreach (var marker in new[] { "First change while serving.", "Second change while serving." })
            {
                var clock = Stopwatch.StartNew();
                workspace.WriteContent(file, text.Replace(sentence, $"{sentence} {marker}"));
                await open.Page.WaitForFunctionAsync("m => document.querySelector('main').innerText.includes(m)", marker, new() { Timeout = 15000 });
                output.WriteLine($"{marker} visible after {clock.ElapsedMilliseconds} ms");
            }
            Assert.True(open.Errors.Count == 0, string.Join("\n", open.Errors));
        }
        finally
        {
            await stop.CancelAsync();
            session.Dispose();
            await server.DisposeAsync();
            await Task.WhenAny(watching, Task.Delay(2000));
        }
    }
}
