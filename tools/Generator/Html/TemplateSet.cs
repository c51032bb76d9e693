using Leaflet.Content;
using Leaflet.Diagnostics;
using System.Text.RegularExpressions;
using Scriban;

namespace Leaflet.Html;

/// <summary>
/// The page templates of a build, each parsed once: the site's own and the built-in ones it does not
/// override (<see cref="TemplateSource"/>). A template that does not parse stops the build.
/// </summary>
public sealed partial class TemplateSet
{
    private readonly IReadOnlyDictionary<string, Template> _templates;

    private TemplateSet(TemplateSource source, IReadOnlyDictionary<string, Template> templates, IReadOnlySet<string> elementIds)
    {
        Source = source;
        _templates = templates;
        ElementIds = elementIds;
    }

    /// <summary>The literal id="…" values in the templates: a heading id equal to one would break its fragment links.</summary>
    public IReadOnlySet<string> ElementIds { get; }

    public TemplateSource Source { get; }

    public Template this[string name] => _templates[name];

    public IEnumerable<Template> All => _templates.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value);

    /// <param name="folderRequired">The folder was named by the user, so its absence is a mistake rather than a site without templates of its own.</param>
    public static TemplateSet? Load(TemplateSource source, bool folderRequired, IReadOnlyList<string> required, DiagnosticBag diagnostics)
    {
        if (folderRequired && !source.SiteFolderExists)
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.FolderMissing, DisplayPath.Of(source.SiteRoot), 0, 0, "the templates folder does not exist"));
            return null;
        }
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in source.Pages(diagnostics))
        {
            var text = file.ReadText(diagnostics);
            if (text is null) continue;
            var template = Template.Parse(text, file.DisplayPath);
            ids.UnionWith(ElementId().Matches(text).Select(m => m.Groups[1].Value));
            foreach (var message in template.Messages)
                diagnostics.Add(ScribanDiagnostics.From(message));
            if (!template.HasErrors) templates[file.Name] = template;
        }
        return required.All(templates.ContainsKey) ? new TemplateSet(source, templates, ids) : null;
    }

    [GeneratedRegex("\\bid=\"([^\"{}]+)\"")]
    private static partial Regex ElementId();
}
