using Leaflet.Scaffold;

namespace Leaflet.Cli;

/// <summary><c>leaflet new DIR [--languages CODE,CODE]</c>: a new site with an example leaflet.</summary>
public static class NewCommand
{
    private static readonly IReadOnlySet<string> ValueOptions = new HashSet<string> { "--languages" };
    private static readonly IReadOnlySet<string> FlagOptions = new HashSet<string>();

    /// <param name="environment">Reads an environment variable; tests pass their own instead of changing the process's.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, Func<string, string?>? environment = null)
    {
        var line = CommandLine.Parse(args, ValueOptions, FlagOptions);
        if (line.Error is not null) return Usage.Fail(error, line.Error);
        if (line.Positional.Count != 1) return Usage.Fail(error, "leaflet new needs one folder, the site's");
        if (line.Positional[0].Length == 0) return Usage.Fail(error, "leaflet new needs a folder, not an empty text");
        var languages = (line.Value("--languages") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (line.Value("--languages") is not null && languages.Length == 0)
            return Usage.Fail(error, "--languages needs language codes separated by commas, the first the site's default");
        if (!ScaffoldDate.TryGet(environment ?? Environment.GetEnvironmentVariable, out var today))
            return Usage.Fail(error, $"{SourceDateEpoch.Variable} must be a whole number of seconds since 1970-01-01 UTC");

        var folder = line.Positional[0];
        var result = SiteScaffold.Create(folder, languages, today);
        return ScaffoldOutput.Report(result, output, error, $"Next: cd {folder} && leaflet build (or leaflet serve to preview); the README says more.");
    }
}
