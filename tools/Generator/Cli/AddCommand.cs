using Leaflet.Scaffold;

namespace Leaflet.Cli;

/// <summary><c>leaflet add SLUG [--content DIR]</c>: a new leaflet, as a draft, in the site's default language.</summary>
public static class AddCommand
{
    private static readonly IReadOnlySet<string> ValueOptions = new HashSet<string> { "--content" };
    private static readonly IReadOnlySet<string> FlagOptions = new HashSet<string>();

    /// <param name="environment">Reads an environment variable; tests pass their own instead of changing the process's.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, Func<string, string?>? environment = null)
    {
        var line = CommandLine.Parse(args, ValueOptions, FlagOptions);
        if (line.Error is not null) return Usage.Fail(error, line.Error);
        if (line.Positional.Count != 1) return Usage.Fail(error, "leaflet add needs one slug, the new leaflet's file name without .md");
        if (line.Value("--content") is "") return Usage.Fail(error, "option '--content' needs a folder, not an empty text");
        if (!ScaffoldDate.TryGet(environment ?? Environment.GetEnvironmentVariable, out var today))
            return Usage.Fail(error, $"{SourceDateEpoch.Variable} must be a whole number of seconds since 1970-01-01 UTC");

        var result = LeafletScaffold.Add(line.Value("--content") ?? "content", line.Positional[0], today);
        return ScaffoldOutput.Report(result, output, error, "It is a draft: remove the line 'draft: true' when it is ready for patients.");
    }
}
