using System.Reflection;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Tool;

/// <summary>
/// The tool package <c>dotnet pack tools/Generator</c> makes from the build these tests run against
/// (no build, no restore: nothing is downloaded), in a folder that serves as the only package source.
/// </summary>
public sealed class PackedTool : IDisposable
{
    public const string PackageId = "Leaflet.Generator";

    public PackedTool()
    {
        var configuration = typeof(PackedTool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        Feed = Temp.Combine("feed");
        Pack = DotnetCli.Dotnet(Repository.Root, "pack", Path.Combine("tools", "Generator"), "--no-build", "--no-restore",
            "--configuration", configuration, "--output", Feed, "-nodeReuse:false");
        NuGetConfig = Temp.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    public TempFolder Temp { get; } = new();

    public string Feed { get; }

    public string NuGetConfig { get; }

    /// <summary>What the pack printed; the package exists only when it succeeded.</summary>
    public DotnetCli.Run Pack { get; }

    public string? Package => Directory.Exists(Feed) ? Directory.EnumerateFiles(Feed, "*.nupkg").SingleOrDefault() : null;

    public void Dispose() => Temp.Dispose();
}
