using System.Globalization;
using Leaflet.Pipeline;
using Leaflet.Content;

namespace Leaflet.Cli;

/// <summary><c>leaflet build</c>: content/ and templates/ into output/, printing diagnostics and a summary.</summary>
public static class BuildCommand
{
    private static readonly IReadOnlySet<string> ValueOptions = new HashSet<string> { "--content", "--templates", "--output", "--base-url" };
    private static readonly IReadOnlySet<string> FlagOptions = new HashSet<string> { "--no-pdf", "--strict", "--drafts", "--verbose", "--no-wait" };

    /// <param name="hooks">For tests: steps into the build (see <see cref="BuildHooks"/>).</param>
    /// <param name="environment">Reads an environment variable; tests pass their own instead of changing the process's.</param>
    /// <param name="terminal">stderr when it is a terminal, where progress is drawn; null draws none.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancel,
        BuildHooks? hooks = null, Func<string, string?>? environment = null, TextWriter? terminal = null)
    {
        var line = CommandLine.Parse(args, ValueOptions, FlagOptions);
        if (line.Error is not null) return Usage.Fail(error, line.Error);
        if (line.Positional.Count > 0) return Usage.Fail(error, $"unexpected argument '{line.Positional[0]}'");

        Uri? baseUrl = null;
        if (line.Value("--base-url") is { } text && (baseUrl = BaseUrl.Parse(text)) is null)
            return Usage.Fail(error, $"--base-url must be an absolute http or https URL, not '{text}'");

        var epoch = (environment ?? Environment.GetEnvironmentVariable)(SourceDateEpoch.Variable);
        if (!SourceDateEpoch.TryParse(epoch, out var sourceDate))
            return Usage.Fail(error, $"{SourceDateEpoch.Variable} must be a whole number of seconds since 1970-01-01 UTC, not '{epoch}'");
        if (new[] { "--content", "--templates", "--output" }.FirstOrDefault(o => line.Value(o) is "") is { } empty)
            return Usage.Fail(error, $"option '{empty}' needs a folder, not an empty text");

        var options = new BuildOptions
        {
            ContentRoot = line.Value("--content") ?? "content",
            TemplatesRoot = line.Value("--templates") ?? "templates",
            TemplatesRequired = line.Value("--templates") is not null,
            OutputRoot = line.Value("--output") ?? "output",
            BaseUrl = baseUrl,
            NoPdf = line.Flag("--no-pdf"),
            Strict = line.Flag("--strict"),
            Drafts = line.Flag("--drafts"),
            SourceDate = sourceDate,
            Hooks = hooks,
            WaitForOtherBuild = !line.Flag("--no-wait"),
        };
        if (line.Flag("--verbose")) TemplateOrigins.Write(output, options.TemplatesRoot);
        var progress = new ConsoleProgress(error, DisplayPath.Of(options.OutputRoot), terminal);
        BuildResult result;
        try
        {
            result = SitePipeline.Build(options with { Progress = progress }, cancel);
        }
        finally
        {
            progress.Wipe();
        }
        foreach (var diagnostic in result.Diagnostics) error.WriteLine(diagnostic);
        output.WriteLine(Summary(result, options));
        if (TimingsReport.Wanted) TimingsReport.Write(error, result);
        return result.Published ? 0 : 1;
    }

    private static string Summary(BuildResult result, BuildOptions options)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var drafts = result.Drafts switch
        {
            0 => "",
            var n => $", {Counted.Of(n, "draft")} {(result.DraftsIncluded ? "included, marked as drafts" : "left out")}",
        };
        var counts = $"{Counted.Of(result.Languages, "language")}, {Counted.Of(result.Leaflets, "leaflet")}, {Counted.Of(result.Pages, "page")}{drafts}, " +
            $"{Counted.Of(result.Errors, "error")}, {Counted.Of(result.Warnings, "warning")} in {seconds} s";
        return result.Published
            ? $"Built {counts} into {options.OutputRoot}"
            : $"Build failed: {counts}; {options.OutputRoot} was left as it was";
    }
}
