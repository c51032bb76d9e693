using System.Diagnostics;

namespace Leaflet.Tests.Pdf;

/// <summary>
/// Runs poppler and zbar tools. When one is missing the test is skipped with a message —
/// except in CI (CI=true), where .ci/run installs them and a missing tool is a failure.
/// </summary>
public static class ExternalTool
{
    public static bool Available(string tool, out string reason)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));
        reason = found ? "" : $"'{tool}' is not installed (apt-get install poppler-utils zbar-tools); skipped outside CI.";
        if (!found && Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail($"'{tool}' is required in CI.");
        return found;
    }

    public static (int ExitCode, string Output, string Error) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
