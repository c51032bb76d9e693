namespace Leaflet.Cli;

public static class Usage
{
    public const int ExitCode = 2;

    public const string Text = """
        Usage:
          leaflet build [--content DIR] [--templates DIR] [--output DIR] [--base-url URL] [--no-pdf] [--strict]
          leaflet serve [--content DIR] [--templates DIR] [--port N] [--host H] [--base-url URL] [--no-pdf]
          leaflet check DIR [--base-url URL] [--external] [--strict]
          leaflet status [--content DIR] [--json]
          leaflet translated FILE [--content DIR]
          leaflet help
        """;

    public static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"leaflet: error LF9001: {message}");
        error.WriteLine(Text);
        return ExitCode;
    }
}
