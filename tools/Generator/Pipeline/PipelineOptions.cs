namespace Leaflet.Pipeline;

/// <summary>What a <see cref="SitePipeline"/> is built from: the same for every run it makes.</summary>
public sealed record PipelineOptions
{
    public required string ContentRoot { get; init; }
    public required string TemplatesRoot { get; init; }

    /// <summary>The templates folder was named by the user, so it must exist; otherwise a site without one builds with the built-in templates.</summary>
    public bool TemplatesRequired { get; init; }

    /// <summary>Overrides the site configuration's base URL; null keeps it.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>No PDF is written and pages offer none.</summary>
    public bool NoPdf { get; init; }

    /// <summary>Drafts are rendered, each marked as one, for review copies and previews; without it they are left out.</summary>
    public bool Drafts { get; init; }
}
