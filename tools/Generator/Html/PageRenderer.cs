using Leaflet.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Leaflet.Html;

/// <summary>
/// Renders one page: its kind's template, then layout.html around it. Strict variables and
/// strict member access make a typo such as <c>page.titel</c> an error instead of an empty string.
/// </summary>
/// <param name="now">The build's moment, which <c>date.now</c> gives templates.</param>
public sealed class PageRenderer(TemplateSet templates, DateTimeOffset now)
{
    public const string Layout = "layout.html";

    public string? Render(string templateName, PageModel page, DiagnosticBag diagnostics)
    {
        var globals = Globals(page);
        var body = Run(templates[templateName], globals, diagnostics);
        if (body is null) return null;
        globals.SetValue("content", body, readOnly: true);
        return Run(templates[Layout], globals, diagnostics);
    }

    private string? Run(Template template, ScriptObject globals, DiagnosticBag diagnostics)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedIndexerAccess = false,
            TemplateLoader = new TemplateLoader(templates.Root),
            LoopLimit = 100_000,
            NewLine = "\n",
        };
        TemplateBuiltins.Apply(context, now);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(ScribanDiagnostics.From(e));
            return null;
        }
    }

    private static ScriptObject Globals(PageModel page)
    {
        var strings = new ScriptObject();
        foreach (var (key, value) in page.Strings) strings.SetValue(key, value, readOnly: true);
        var globals = new ScriptObject();
        globals.SetValue("page", page, readOnly: true);
        globals.SetValue("t", strings, readOnly: true);
        return globals;
    }
}
