using Leaflet.BuiltIn;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Output;
using Leaflet.Routing;

namespace Leaflet.Html;

/// <summary>
/// One file of the templates: the site's own under templates/ (<see cref="SitePath"/> set), or the one
/// built into the tool under the same name.
/// </summary>
/// <param name="Name">The path under the templates folder with '/' separators, e.g. "leaflet.html" or "assets/site.css".</param>
public sealed record TemplateFile(string Name, string? SitePath)
{
    public const string BuiltInFolder = "templates";

    private const string BuiltInDisplayFolder = $"built-in/{BuiltInFolder}/";

    public bool IsBuiltIn => SitePath is null;

    /// <summary>The path diagnostics name: the site's file as compilers print it, or the built-in one under "built-in/".</summary>
    public string DisplayPath => SitePath is null ? BuiltInDisplayFolder + Name : Content.DisplayPath.Of(SitePath);

    /// <summary>The name in a built-in file's <see cref="DisplayPath"/>; null for any other path.</summary>
    public static string? BuiltInName(string displayPath) =>
        displayPath.StartsWith(BuiltInDisplayFolder, StringComparison.Ordinal) ? displayPath[BuiltInDisplayFolder.Length..] : null;

    /// <returns>The text, or null with a diagnostic when the site's file cannot be read as UTF-8.</returns>
    public string? ReadText(DiagnosticBag diagnostics) =>
        SitePath is null ? BuiltInFiles.ReadText($"{BuiltInFolder}/{Name}") : ContentFile.Read(SitePath, DisplayPath, diagnostics);

    public void CopyTo(IOutputFiles output, Route route)
    {
        if (SitePath is not null)
        {
            output.CopyFile(route, SitePath);
            return;
        }
        using var stream = output.Create(route);
        stream.Write(BuiltInFiles.ReadBytes($"{BuiltInFolder}/{Name}"));
    }
}
