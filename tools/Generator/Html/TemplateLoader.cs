using Leaflet.Content;
using Leaflet.BuiltIn;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Leaflet.Html;

/// <summary>
/// Serves <c>include</c> from templates/ only, falling back to the built-in templates: a name with a
/// folder in it could reach any file.
/// </summary>
public sealed class TemplateLoader(TemplateSource source) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (templateName.Length == 0 || templateName != Path.GetFileName(templateName) || templateName.StartsWith('.'))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' must name a file directly inside templates/");
        var file = source.Find(templateName)
            ?? throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' does not exist in templates/ nor among the built-in templates");
        if (file.SitePath is null) return file.DisplayPath;
        if (!RealPath.IsInside(file.SitePath, source.SiteRoot))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is a symbolic link to a file outside templates/");
        return file.SitePath;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        TemplateFile.BuiltInName(templatePath) is { } name && !File.Exists(templatePath)
            ? BuiltInFiles.ReadText($"{TemplateFile.BuiltInFolder}/{name}")
            : File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
