using System.Text.RegularExpressions;
using Leaflet.Content;

namespace Leaflet.Serve;

/// <summary>
/// Turns the paths the watcher saw into a plan. Anything it cannot place precisely (the site
/// configuration, a language folder coming or going, a badly named article) asks for a full rebuild;
/// files a build never reads (editor backups, notes) are ignored.
/// </summary>
public sealed partial class ChangeClassifier(string contentRoot, string templatesRoot)
{
    private const string ImagesFolder = "images";
    private const string AssetsFolder = "assets";

    /// <param name="site">The current model, to know the languages and which leaflets show a picture; null forces a full rebuild.</param>
    public ChangePlan Classify(IReadOnlyCollection<string> paths, Site? site)
    {
        var shown = new SortedSet<string>(StringComparer.Ordinal);
        var plan = Plan(paths, site, shown);
        return plan with { Files = shown.ToList() };
    }

    private ChangePlan Plan(IReadOnlyCollection<string> paths, Site? site, SortedSet<string> shown)
    {
        shown.UnionWith(paths.Select(Shown));
        if (site is null) return ChangePlan.Everything([]);
        shown.Clear();
        var leaflets = new HashSet<string>(StringComparer.Ordinal);
        var languages = new HashSet<string>(StringComparer.Ordinal);
        var templates = new HashSet<string>(StringComparer.Ordinal);
        var assets = false;
        var known = site.Languages.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Under(templatesRoot, path) is { } template)
            {
                if (template.Length > 1 && template[0] == AssetsFolder) assets = true;
                else if (template.Length == 1 && template[0].EndsWith(".html", StringComparison.Ordinal)) templates.Add(template[0]);
                else continue;
                shown.Add(Shown(path));
                continue;
            }
            if (Under(contentRoot, path) is not { } parts) continue;
            if (parts.Contains(ImagesFolder))
            {
                var users = PictureUsers(site, parts[^1]);
                if (users.Count == 0 && Path.GetExtension(path) is ".png" or ".jpg" or ".jpeg") return Everything(path, shown);
                leaflets.UnionWith(users);
                if (users.Count > 0) shown.Add(Shown(path));
            }
            else if (parts is [SiteConfigurationReader.FileName]) return Everything(path, shown);
            else if (parts is [var folder] && (known.Contains(folder) || File.Exists(Path.Combine(path, LanguageReader.FileName))))
                return Everything(path, shown);
            else if (parts is [var code, LanguageReader.FileName])
            {
                if (!known.Contains(code)) return Everything(path, shown);
                languages.Add(code);
                shown.Add(Shown(path));
            }
            else if (parts is [var language, var file] && known.Contains(language) && file.EndsWith(".md", StringComparison.Ordinal))
            {
                var slug = file[..^3];
                if (!Slug().IsMatch(slug)) return Everything(path, shown);
                leaflets.Add(slug);
                shown.Add(Shown(path));
            }
        }
        return new ChangePlan { Leaflets = leaflets, Languages = languages, Templates = templates, Assets = assets };
    }

    private ChangePlan Everything(string path, SortedSet<string> shown)
    {
        shown.Add(Shown(path));
        return ChangePlan.Everything([]);
    }

    /// <summary>Leaflets with an article showing a picture of this file name (a translated picture may replace a shared one).</summary>
    private static HashSet<string> PictureUsers(Site site, string fileName) =>
        site.Leaflets.Where(l => l.Translations.Any(a => a.Pictures.Any(p => Path.GetFileName(p.RelativePath) == fileName)))
            .Select(l => l.Slug).ToHashSet(StringComparer.Ordinal);

    private static string[]? Under(string root, string path)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path));
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return null;
        return relative.Split(Path.DirectorySeparatorChar);
    }

    private string Shown(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The article file names SiteLoader accepts; any other name is reported by a full load.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
