using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Scriban.Syntax;

namespace Leaflet.Validation;

/// <summary>A use of an interface string in a template: <c>t.key</c> at a place.</summary>
public sealed record StringUse(string Key, string File, int Line, int Column);

/// <summary>
/// Finds every interface string the templates use by walking their syntax trees, so a key missing
/// in one language is an error before any page is rendered. Keys built at run time (<c>t[name]</c>)
/// cannot be checked and are refused.
/// </summary>
public static class TemplateStrings
{
    public const string Variable = "t";

    public static IReadOnlyList<StringUse> Uses(TemplateSet templates, DiagnosticBag diagnostics)
    {
        var uses = new List<StringUse>();
        foreach (var template in templates.All)
            Walk(template.Page, uses, diagnostics);
        return uses;
    }

    public static void Check(TemplateSet templates, IReadOnlyList<Language> languages, DiagnosticBag diagnostics)
    {
        var uses = Uses(templates, diagnostics);
        foreach (var language in languages)
        {
            foreach (var use in uses.Where(u => !language.Strings.ContainsKey(u.Key)))
                diagnostics.Add(Diagnostic.Of(DiagnosticCodes.TemplateStringMissing, use.File, use.Line, use.Column,
                    $"the interface string '{use.Key}' is missing in {language.SourcePath} ({language.Name})"));
            var used = uses.Select(u => u.Key).Concat(InterfaceStrings.RequiredByBuild).ToHashSet(StringComparer.Ordinal);
            foreach (var key in language.Strings.Keys.Where(k => !used.Contains(k)))
                diagnostics.Add(Diagnostic.Of(DiagnosticCodes.InterfaceStringUnused, language.SourcePath, 0, 0,
                    $"the interface string '{key}' is not used by any template"));
        }
    }

    private static void Walk(ScriptNode? node, List<StringUse> uses, DiagnosticBag diagnostics)
    {
        if (node is null) return;
        switch (node)
        {
            case ScriptMemberExpression { Target: ScriptVariableGlobal { Name: Variable } } member:
                uses.Add(new StringUse(member.Member?.Name ?? "", member.Span.FileName ?? "", member.Span.Start.Line + 1, member.Span.Start.Column + 1));
                break;
            case ScriptIndexerExpression { Target: ScriptVariableGlobal { Name: Variable } } indexer:
                diagnostics.Add(Diagnostic.Of(DiagnosticCodes.InterfaceStringByName, indexer.Span.FileName ?? "", indexer.Span.Start.Line + 1, indexer.Span.Start.Column + 1,
                    $"interface strings must be named in the template (t.key), not built at run time: the build could not check them in every language"));
                break;
        }
        foreach (var child in node.Children) Walk(child, uses, diagnostics);
    }
}
