namespace Leaflet.Diagnostics;

/// <summary>
/// One diagnostic code as <see cref="DiagnosticCodes"/> declares it: the stable identifier
/// (<c>LF</c> + 4 digits), the severity every diagnostic with it has, and what it means in one line,
/// as the table of codes in docs/reference/diagnostics.md says it.
/// </summary>
public sealed record DiagnosticCode(string Id, Severity Severity, string Description)
{
    public override string ToString() => Id;
}
