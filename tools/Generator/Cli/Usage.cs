using Leaflet.Diagnostics;

namespace Leaflet.Cli;

public static class Usage
{
    public const int ExitCode = 2;

    public const string Text = """
        Usage:
          leaflet new DIR [--languages CODE,CODE]
          leaflet add SLUG [--content DIR]
          leaflet build [--content DIR] [--templates DIR] [--output DIR] [--base-url URL] [--no-pdf] [--strict] [--drafts] [--verbose] [--no-wait]
          leaflet serve [--content DIR] [--templates DIR] [--port N] [--host H] [--base-url URL] [--no-pdf]
          leaflet check DIR [--base-url URL] [--external] [--strict]
          leaflet status [--content DIR] [--json]
          leaflet translated FILE [--content DIR]
          leaflet release FILE [--content DIR]
          leaflet help
          leaflet --version
        """;

    public static int Fail(TextWriter error, string message)
    {
        error.WriteLine(Diagnostic.Of(DiagnosticCodes.Usage, "leaflet", 0, 0, message));
        error.WriteLine(Text);
        return ExitCode;
    }
}
