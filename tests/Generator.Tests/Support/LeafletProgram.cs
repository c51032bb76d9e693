using System.Diagnostics;
using System.Reflection;

namespace Leaflet.Tests.Support;

/// <summary>
/// The real <c>leaflet</c> program, as a user runs it: the apphost the Generator project built in
/// the same configuration as these tests, in its own process with its own environment.
/// </summary>
public static class LeafletProgram
{
    public static string Path { get; } = Find();

    public sealed record Run(int Exit, string Output, string Error);

    /// <summary>Runs the program to the end (at most two minutes) and returns what it printed.</summary>
    public static Run Execute(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        using var process = Start(args, environment, workingDirectory);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"leaflet {string.Join(' ', args)} did not finish in two minutes");
        }
        return new Run(process.ExitCode, output.Result, error.Result);
    }

    /// <param name="environment">Variables to set, or to remove when the value is null, on top of this process's.</param>
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Repository.Root,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        return Process.Start(start)!;
    }

    private static string Find()
    {
        var configuration = typeof(LeafletProgram).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = System.IO.Path.Combine(Repository.Tools, "Generator", "bin", configuration, "net10.0", "leaflet");
        if (!File.Exists(path)) throw new FileNotFoundException($"the leaflet program was not built: {path}");
        return path;
    }
}
