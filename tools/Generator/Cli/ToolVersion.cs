using System.Reflection;

namespace Leaflet.Cli;

/// <summary>The tool's version, as the project file gives it (and the package the tool was installed from).</summary>
public static class ToolVersion
{
    public static string Text =>
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
