namespace Leaflet.Build;

public sealed record BuildOptions
{
    public required string ContentRoot { get; init; }
    public required string TemplatesRoot { get; init; }
    public required string OutputRoot { get; init; }
    public Uri? BaseUrl { get; init; }
    public bool NoPdf { get; init; }
    public bool Strict { get; init; }
}
