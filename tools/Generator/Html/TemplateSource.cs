using Leaflet.BuiltIn;
using Leaflet.Content;
using Leaflet.Diagnostics;

namespace Leaflet.Html;

/// <summary>
/// Where a build's templates and assets come from: the site's templates/ folder file by file, and for
/// every name the folder lacks, the file built into the tool, as a Hugo site overrides its theme. A
/// site with no templates/ folder at all builds with the built-in ones.
/// </summary>
/// <param name="siteRoot">The site's templates folder; it need not exist.</param>
public sealed class TemplateSource(string siteRoot)
{
    private const string AssetsFolder = "assets";

    public string SiteRoot => siteRoot;

    public bool SiteFolderExists => Directory.Exists(siteRoot);

    /// <summary>The page templates (the .html files directly inside the folder), in name order.</summary>
    public IReadOnlyList<TemplateFile> Pages(DiagnosticBag diagnostics)
    {
        var own = SiteFolderExists
            ? Directory.EnumerateFiles(siteRoot, "*.html")
                .Where(p => ContainedFile.Check(p, siteRoot, "templates", DiagnosticCodes.TemplateOutsideFolder, diagnostics))
                .Select(p => new TemplateFile(Path.GetFileName(p), p))
            : [];
        var builtIn = BuiltInFiles.Under(TemplateFile.BuiltInFolder).Where(n => !n.Contains('/') && n.EndsWith(".html", StringComparison.Ordinal));
        return Merge(own, builtIn);
    }

    /// <summary>
    /// The files under assets/, each published at its own path. A symbolic link to a folder is not
    /// followed (it could lead outside templates/ or round in a circle); a linked file must stay inside.
    /// </summary>
    public IReadOnlyList<TemplateFile> Assets(DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(siteRoot, AssetsFolder);
        var own = Directory.Exists(folder)
            ? SiteAssets(folder, diagnostics).Select(p => new TemplateFile(Path.GetRelativePath(siteRoot, p).Replace(Path.DirectorySeparatorChar, '/'), p))
            : [];
        var builtIn = BuiltInFiles.Under(TemplateFile.BuiltInFolder).Where(n => n.StartsWith(AssetsFolder + "/", StringComparison.Ordinal));
        return Merge(own, builtIn);
    }

    /// <summary>The file an <c>include</c> names directly inside the folder, the site's own first; null when neither has it.</summary>
    public TemplateFile? Find(string name)
    {
        var path = Path.Combine(siteRoot, name);
        if (File.Exists(path)) return new TemplateFile(name, path);
        return BuiltInFiles.Exists($"{TemplateFile.BuiltInFolder}/{name}") ? new TemplateFile(name, null) : null;
    }

    private static List<TemplateFile> Merge(IEnumerable<TemplateFile> own, IEnumerable<string> builtIn)
    {
        var files = own.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var name in builtIn) files.TryAdd(name, new TemplateFile(name, null));
        return files.Values.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
    }

    private IEnumerable<string> SiteAssets(string folder, DiagnosticBag diagnostics)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var isLink = new FileInfo(entry).LinkTarget is not null;
            if (Directory.Exists(entry) && isLink)
                diagnostics.Add(Diagnostic.Of(DiagnosticCodes.TemplateOutsideFolder, DisplayPath.Of(entry), 0, 0,
                    "this is a symbolic link to a folder, which the build does not follow; copy the files into templates/assets/ instead"));
            else if (Directory.Exists(entry))
                foreach (var file in SiteAssets(entry, diagnostics)) yield return file;
            else if (!isLink || ContainedFile.Check(entry, siteRoot, "templates", DiagnosticCodes.TemplateOutsideFolder, diagnostics))
                yield return entry;
        }
    }
}
