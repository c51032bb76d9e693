using Leaflet.Content;
using Leaflet.Diagnostics;
using System.Text.RegularExpressions;
using Scriban;

namespace Leaflet.Html;

/// <summary>The templates of templates/, each parsed once; a template that does not parse stops the build.</summary>
public sealed partial class TemplateSet
{
    private readonly IReadOnlyDictionary<string, Template> _templates;

    private TemplateSet(string root, IReadOnlyDictionary<string, Template> templates, IReadOnlySet<string> elementIds)
    {
        Root = root;
        _templates = templates;
        ElementIds = elementIds;
    }

    /// <summary>The literal id="…" values in the templates: a heading id equal to one would break its fragment links.</summary>
    public IReadOnlySet<string> ElementIds { get; }

    public string Root { get; }

    public Template this[string name] => _templates[name];

    public IEnumerable<Template> All => _templates.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value);

    public static TemplateSet? Load(string root, IReadOnlyList<string> required, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(root))
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.FolderMissing, DisplayPath.Of(root), 0, 0, "the templates folder does not exist"));
            return null;
        }
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*.html").Order(StringComparer.Ordinal))
        {
            var displayPath = DisplayPath.Of(path);
            if (!ContainedFile.Check(path, root, "templates", DiagnosticCodes.TemplateOutsideFolder, diagnostics)) continue;
            var text = ContentFile.Read(path, displayPath, diagnostics);
            if (text is null) continue;
            var template = Template.Parse(text, displayPath);
            ids.UnionWith(ElementId().Matches(text).Select(m => m.Groups[1].Value));
            foreach (var message in template.Messages)
                diagnostics.Add(ScribanDiagnostics.From(message));
            if (!template.HasErrors) templates[Path.GetFileName(path)] = template;
        }
        foreach (var name in required.Where(n => !templates.ContainsKey(n) && !File.Exists(Path.Combine(root, n))))
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.TemplateMissing, DisplayPath.Of(Path.Combine(root, name)), 0, 0, "this template is missing"));
        return required.All(templates.ContainsKey) ? new TemplateSet(root, templates, ids) : null;
    }

    [GeneratedRegex("\\bid=\"([^\"{}]+)\"")]
    private static partial Regex ElementId();
}
