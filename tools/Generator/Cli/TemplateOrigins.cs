using Leaflet.Diagnostics;
using Leaflet.Html;

namespace Leaflet.Cli;

/// <summary>For <c>build --verbose</c>: each template and asset the build takes, and whether it is the site's own or built in.</summary>
public static class TemplateOrigins
{
    public static void Write(TextWriter output, string templatesRoot)
    {
        var source = new TemplateSource(templatesRoot);
        // Problems with the site's files are the build's to report, at their place among its diagnostics.
        var ignored = new DiagnosticBag();
        foreach (var file in source.Pages(ignored)) output.WriteLine($"template {file.Name}: {Origin(file)}");
        foreach (var file in source.Assets(ignored)) output.WriteLine($"asset {file.Name}: {Origin(file)}");
    }

    private static string Origin(TemplateFile file) => file.IsBuiltIn ? "built in" : $"the site's own, {file.DisplayPath}";
}
