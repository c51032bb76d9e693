using System.Text.RegularExpressions;
using Leaflet.Content;
using Leaflet.Diagnostics;

namespace Leaflet.Scaffold;

/// <summary>
/// <c>leaflet add SLUG</c>: a new leaflet in the site's default language, a draft with its front
/// matter filled in, which the author writes and then publishes by removing the draft line.
/// </summary>
public static partial class LeafletScaffold
{
    private const string Template = "leaflet.md";

    /// <param name="today">The date the leaflet is published and reviewed.</param>
    public static ScaffoldResult Add(string contentRoot, string slug, DateOnly today)
    {
        var diagnostics = new DiagnosticBag();
        if (!Slug().IsMatch(slug))
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.SlugInvalid, "leaflet", 0, 0,
                $"'{slug}' cannot name a leaflet: use lower-case Latin letters, digits and hyphens, such as sun-safety"));
            return ScaffoldResult.Refused(diagnostics);
        }
        if (!Directory.Exists(contentRoot))
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.FolderMissing, DisplayPath.Of(contentRoot), 0, 0,
                "the content folder does not exist; run leaflet add in a site's folder, or start one with leaflet new"));
            return ScaffoldResult.Refused(diagnostics);
        }
        var configuration = SiteConfigurationReader.Read(contentRoot, null, diagnostics);
        if (configuration is null || diagnostics.HasErrors) return ScaffoldResult.Refused(diagnostics);

        var existing = Directory.EnumerateDirectories(contentRoot).Order(StringComparer.Ordinal)
            .Select(language => Path.Combine(language, slug + ".md"))
            .FirstOrDefault(File.Exists);
        if (existing is not null)
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.LeafletExists, DisplayPath.Of(existing), 0, 0,
                $"the leaflet '{slug}' already exists; choose another name or edit this file"));
            return ScaffoldResult.Refused(diagnostics);
        }

        var values = ScaffoldFiles.Dates(today);
        values["title"] = Title(slug);
        values["code"] = slug.ToUpperInvariant();
        var path = Path.Combine(contentRoot, configuration.DefaultLanguage, slug + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, ScaffoldFiles.Text(Template, values));
        return new ScaffoldResult([DisplayPath.Of(path)], []);
    }

    /// <summary>A first title from the slug ("sun-safety" gives "Sun safety"), which the author replaces.</summary>
    private static string Title(string slug)
    {
        var words = slug.Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The rule the site loader holds an article's file name to.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
