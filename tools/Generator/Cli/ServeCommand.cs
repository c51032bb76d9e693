using System.Globalization;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Serve;

namespace Leaflet.Cli;

/// <summary>
/// <c>leaflet serve</c>: builds into memory, serves it, rebuilds what each change touches and tells the
/// open pages. This is where serve prints; the engine only reports.
/// </summary>
public static class ServeCommand
{
    private static readonly IReadOnlySet<string> ValueOptions = new HashSet<string> { "--content", "--templates", "--port", "--host", "--base-url" };
    private static readonly IReadOnlySet<string> FlagOptions = new HashSet<string> { "--no-pdf" };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        var line = CommandLine.Parse(args, ValueOptions, FlagOptions);
        if (line.Error is not null) return Usage.Fail(error, line.Error);
        if (line.Positional.Count > 0) return Usage.Fail(error, $"unexpected argument '{line.Positional[0]}'");
        var port = ServeOptions.DefaultPort;
        if (line.Value("--port") is { } portText && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535))
            return Usage.Fail(error, $"--port must be a number from 0 to 65535, not '{portText}'");
        Uri? baseUrl = null;
        if (line.Value("--base-url") is { } text && (baseUrl = BaseUrl.Parse(text)) is null)
            return Usage.Fail(error, $"--base-url must be an absolute http or https URL, not '{text}'");

        var options = new ServeOptions
        {
            ContentRoot = line.Value("--content") ?? "content",
            TemplatesRoot = line.Value("--templates") ?? "templates",
            TemplatesRequired = line.Value("--templates") is not null,
            BaseUrl = baseUrl,
            NoPdf = line.Flag("--no-pdf"),
            Host = line.Value("--host") ?? ServeOptions.DefaultHost,
            Port = port,
        };
        return RunAsync(options, output, error, cancel).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(ServeOptions options, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        using var session = new LiveSession(options);
        var first = session.BuildFirst(cancel);
        Print(first, [], output, error);
        var (server, problem) = await LiveServer.StartAsync(options.Host, options.Port, session.Responder, cancel);
        if (server is null)
        {
            error.WriteLine(problem);
            return Usage.ExitCode;
        }
        await using (server)
        {
            var watched = Directory.Exists(options.TemplatesRoot)
                ? $"{options.ContentRoot} and {options.TemplatesRoot}"
                : $"{options.ContentRoot} (no {options.TemplatesRoot} folder: the built-in templates)";
            output.WriteLine($"Serving {server.Address} from memory (output/ is not touched); watching {watched}. Ctrl+C stops.");
            output.Flush();
            var previous = first.Diagnostics;
            try
            {
                await foreach (var report in session.Watch(cancel))
                {
                    Print(report, previous, output, error);
                    previous = report.Diagnostics;
                }
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop listening, close the open event streams, and say so.
            }
            session.Hub.Close();
        }
        output.WriteLine("Stopped.");
        return 0;
    }

    /// <summary>Every problem of a failed build; of a good one, only what is new since the last report.</summary>
    private static void Print(LiveBuildReport report, IReadOnlyList<Diagnostic> previous, TextWriter output, TextWriter error)
    {
        var known = previous.ToHashSet();
        foreach (var diagnostic in report.Diagnostics.Where(d => !report.Published || !known.Contains(d))) error.WriteLine(diagnostic);
        var ms = report.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var what = report.Files.Count == 0 ? "Built the site" : $"Rebuilt after {string.Join(", ", report.Files.Take(3))}{(report.Files.Count > 3 ? $" and {report.Files.Count - 3} more" : "")}";
        var work = $"{Counted.Of(report.PagesRendered, "page")} rendered, {Counted.Of(report.PdfsMade, "PDF")} made, {Counted.Of(report.PagesChecked, "page")} checked";
        var warnings = Counted.Of(report.Warnings, "warning");
        output.WriteLine(report.Published
            ? $"{what} in {ms} ms: {work}; {Counted.Of(report.Changed.Count, "file")} changed; {warnings}"
            : $"Build failed in {ms} ms: {Counted.Of(report.Errors, "error")}, {warnings}; still serving the last good build");
        output.Flush();
        error.Flush();
    }
}
