using Leaflet.Diagnostics;
using Markdig.Syntax;

namespace Leaflet.Content;

/// <summary>Turns Markdig's 0-based positions inside the body into 1-based positions in the content file.</summary>
public sealed record SourceMap(string File, int BodyFirstLine)
{
    public int Line(MarkdownObject node) => BodyFirstLine + Math.Max(node.Line, 0);

    public int Column(MarkdownObject node) => Math.Max(node.Column, 0) + 1;

    public Diagnostic Report(DiagnosticCode code, MarkdownObject node, string message) =>
        Diagnostic.Of(code, File, Line(node), Column(node), message);
}
