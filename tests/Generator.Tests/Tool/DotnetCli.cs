using System.Diagnostics;

namespace Leaflet.Tests.Tool;

/// <summary>
/// The dotnet command and programs it installed, run as a user would, with no way to the network: every
/// proxy points at a closed port, so a step that would download anything fails instead.
/// </summary>
public static class DotnetCli
{
    private const string ClosedPort = "http://127.0.0.1:9";

    /// <summary>The dotnet host running these tests (dotnet test says which), or the one on the PATH.</summary>
    public static string Host { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public sealed record Run(int Exit, string Output, string Error)
    {
        public string Printed => $"exit {Exit}\n{Output}\n{Error}";
    }

    public static Run Dotnet(string workingDirectory, params string[] args) => Execute(Host, workingDirectory, args);

    public static Run Execute(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in new[] { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" }) start.Environment[name] = ClosedPort;
        start.Environment.Remove("no_proxy");
        start.Environment.Remove("NO_PROXY");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // No build server or MSBuild node outlives the command.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        if (Path.IsPathRooted(Host)) start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Host);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in five minutes");
        }
        return new Run(process.ExitCode, output.Result, error.Result);
    }
}
