namespace Leaflet.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>One problem found in the user's input, printed in the MSBuild format so editors and CI annotate it.</summary>
/// <param name="Line">1-based; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based; 0 when the problem concerns the whole file or line.</param>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message)
{
    /// <summary>A diagnostic with the code's own severity.</summary>
    public static Diagnostic Of(DiagnosticCode code, string file, int line, int column, string message) =>
        new(code.Severity, code.Id, file, line, column, message);

    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var place = Line > 0 ? $"({Line},{Math.Max(Column, 1)})" : "";
        return $"{File}{place}: {severity} {Code}: {Message}";
    }
}
