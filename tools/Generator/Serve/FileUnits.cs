using Leaflet.Content;
using Leaflet.Diagnostics;

namespace Leaflet.Serve;

/// <summary>
/// Which unit a diagnostic of a whole-site step belongs to, by the file it names: an article file
/// belongs to its leaflet, a _language.yaml to its language, anything else to the site.
/// </summary>
public sealed class FileUnits
{
    private readonly Dictionary<string, string> _units = new(StringComparer.Ordinal);

    public FileUnits(string contentRoot)
    {
        if (!Directory.Exists(contentRoot)) return;
        foreach (var folder in Directory.EnumerateDirectories(contentRoot))
        {
            var code = Path.GetFileName(folder);
            _units[DisplayPath.Of(Path.Combine(folder, LanguageReader.FileName))] = DiagnosticStore.Language(code);
            foreach (var file in Directory.EnumerateFiles(folder, "*.md"))
                _units[DisplayPath.Of(file)] = DiagnosticStore.Leaflet(Path.GetFileNameWithoutExtension(file));
        }
    }

    public string Of(Diagnostic diagnostic) => _units.GetValueOrDefault(diagnostic.File, DiagnosticStore.Site);
}
