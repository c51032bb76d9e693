using System.Text.Encodings.Web;
using System.Text.Json;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Validation;

namespace Leaflet.Cli;

/// <summary><c>leaflet status</c>: which leaflet exists in which language, how current each translation is, and how readable.</summary>
public static class StatusCommand
{
    private static readonly IReadOnlySet<string> ValueOptions = new HashSet<string> { "--content" };
    private static readonly IReadOnlySet<string> FlagOptions = new HashSet<string> { "--json" };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var line = CommandLine.Parse(args, ValueOptions, FlagOptions);
        if (line.Error is not null) return Usage.Fail(error, line.Error);
        if (line.Positional.Count > 0) return Usage.Fail(error, $"unexpected argument '{line.Positional[0]}'");

        var diagnostics = new DiagnosticBag();
        var contentRoot = line.Value("--content") ?? "content";
        var site = SiteLoader.Load(contentRoot, null, new HashSet<string>(), diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList()) error.WriteLine(diagnostic);
        if (site is null) return 1;

        var rows = StatusReport.Of(site, contentRoot);
        if (line.Flag("--json")) output.WriteLine(Json(rows));
        else StatusTable.Write(rows, site, output);
        return 0;
    }

    private static string Json(IReadOnlyList<StatusRow> rows) => JsonSerializer.Serialize(rows, new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
