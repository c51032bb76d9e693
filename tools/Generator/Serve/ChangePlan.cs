namespace Leaflet.Serve;

/// <summary>
/// What a batch of file changes calls for. A leaflet is re-read in every language, since its
/// translations' switchers, alternates and parity depend on each other.
/// </summary>
public sealed record ChangePlan
{
    /// <summary>Read and render everything again (PDFs whose sources did not change are still reused).</summary>
    public bool Full { get; init; }

    public IReadOnlySet<string> Leaflets { get; init; } = new HashSet<string>();

    /// <summary>Languages whose _language.yaml changed.</summary>
    public IReadOnlySet<string> Languages { get; init; } = new HashSet<string>();

    /// <summary>File names of templates that changed.</summary>
    public IReadOnlySet<string> Templates { get; init; } = new HashSet<string>();

    public bool Assets { get; init; }

    /// <summary>The changed files, relative to the content or templates folder, for the report.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    public bool IsEmpty => !Full && !Assets && Leaflets.Count == 0 && Languages.Count == 0 && Templates.Count == 0;

    public static ChangePlan Everything(IReadOnlyList<string> files) => new() { Full = true, Files = files };
}
