namespace Leaflet.Serve;

/// <summary>What `leaflet serve` was asked for; passed explicitly, never read from globals.</summary>
public sealed record ServeOptions
{
    /// <summary>Chosen to match the port most local preview servers document, and easy to type.</summary>
    public const int DefaultPort = 8080;

    public const string DefaultHost = "127.0.0.1";

    public required string ContentRoot { get; init; }
    public required string TemplatesRoot { get; init; }

    /// <summary>See <see cref="Pipeline.PipelineOptions.TemplatesRequired"/>.</summary>
    public bool TemplatesRequired { get; init; }
    public Uri? BaseUrl { get; init; }
    public bool NoPdf { get; init; }
    public string Host { get; init; } = DefaultHost;
    public int Port { get; init; } = DefaultPort;

    /// <summary>How long the files must be quiet before a rebuild starts: editors save in several writes.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(20);
}
