using Leaflet.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Leaflet.Html;

/// <summary>Scriban counts lines and columns from 0; diagnostics from 1.</summary>
public static class ScribanDiagnostics
{
    public static Diagnostic From(LogMessage message) => Diagnostic.Of(DiagnosticCodes.TemplateFailed, message.Span.FileName ?? "",
        message.Span.Start.Line + 1, message.Span.Start.Column + 1, message.Message);

    public static Diagnostic From(ScriptRuntimeException exception) => Diagnostic.Of(DiagnosticCodes.TemplateFailed, exception.Span.FileName ?? "",
        exception.Span.Start.Line + 1, exception.Span.Start.Column + 1, exception.OriginalMessage);
}
