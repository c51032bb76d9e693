using System.Reflection;
using Leaflet.Cli;
using Leaflet.Pipeline;

namespace Leaflet.Tests.Cli;

/// <summary><c>leaflet --version</c> and <c>leaflet help</c> say the version the project file gives.</summary>
public sealed class VersionTests
{
    private static readonly string ProjectVersion =
        typeof(SitePipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Commands.Run(args, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Version_prints_the_projects_version_alone()
    {
        var run = Run("--version");

        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Error);
        Assert.Equal(ProjectVersion + "\n", run.Output);
        Assert.Matches(@"^\d+\.\d+\.\d+$", ProjectVersion);
        var project = File.ReadAllText(Path.Combine(Support.Repository.Tools, "Generator", "Generator.csproj"));
        Assert.Contains($"<Version>{ProjectVersion}</Version>", project);
    }

    [Fact]
    public void Help_names_the_version_and_every_command()
    {
        var run = Run("help");

        Assert.Equal(0, run.Exit);
        Assert.StartsWith($"leaflet {ProjectVersion}\n", run.Output);
        foreach (var command in new[] { "new DIR", "add SLUG", "build", "serve", "--version" }) Assert.Contains(command, run.Output);
    }
}
