using Leaflet.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Leaflet.Html;

/// <summary>
/// Renders pages for one worker: its kind's template, then layout.html around it. Strict variables and
/// strict member access make a typo such as <c>page.titel</c> an error instead of an empty string.
/// A TemplateContext is not thread-safe but is costly to make (it builds every builtin function), so
/// each worker keeps one and pushes a page's variables for the page's two templates only.
/// </summary>
/// <param name="now">The build's moment, which <c>date.now</c> gives templates.</param>
public sealed class PageRenderer(TemplateSet templates, DateTimeOffset now)
{
    public const string Layout = "layout.html";

    private TemplateContext? _context;

    // A language's interface strings as a script object, made once per worker rather than per page.
    private readonly Dictionary<IReadOnlyDictionary<string, string>, ScriptObject> _strings = new(ReferenceEqualityComparer.Instance);

    public string? Render(string templateName, PageModel page, DiagnosticBag diagnostics)
    {
        var context = _context ??= NewContext();
        var globals = new ScriptObject(3);
        globals.SetValue("page", page, readOnly: true);
        globals.SetValue("t", Strings(page.Strings), readOnly: true);
        context.PushGlobal(globals);
        try
        {
            var body = templates[templateName].Render(context);
            globals.SetValue("content", body, readOnly: true);
            var html = templates[Layout].Render(context);
            context.PopGlobal();
            return html;
        }
        catch (ScriptRuntimeException e)
        {
            // A failed render can leave loops and outputs open in the context: the next page gets a new one.
            _context = null;
            diagnostics.Add(ScribanDiagnostics.From(e));
            return null;
        }
    }

    private TemplateContext NewContext()
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedIndexerAccess = false,
            TemplateLoader = new TemplateLoader(templates.Source),
            LoopLimit = 100_000,
            NewLine = "\n",
        };
        TemplateBuiltins.Apply(context, now);
        return context;
    }

    private ScriptObject Strings(IReadOnlyDictionary<string, string> strings)
    {
        if (_strings.TryGetValue(strings, out var known)) return known;
        var script = new ScriptObject(strings.Count);
        foreach (var (key, value) in strings) script.SetValue(key, value, readOnly: true);
        // Shared by every page of the language, so no template may add to it either.
        script.IsReadOnly = true;
        return _strings[strings] = script;
    }
}
