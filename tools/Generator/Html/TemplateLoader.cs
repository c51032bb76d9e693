using Leaflet.Content;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Leaflet.Html;

/// <summary>Serves <c>include</c> from templates/ only: a name with a folder in it could reach any file.</summary>
public sealed class TemplateLoader(string root) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (templateName.Length == 0 || templateName != Path.GetFileName(templateName) || templateName.StartsWith('.'))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' must name a file directly inside templates/");
        var path = Path.Combine(root, templateName);
        if (!File.Exists(path))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' does not exist in templates/");
        if (!RealPath.IsInside(path, root))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is a symbolic link to a file outside templates/");
        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
