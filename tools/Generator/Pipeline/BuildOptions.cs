namespace Leaflet.Pipeline;

public sealed record BuildOptions
{
    public required string ContentRoot { get; init; }
    public required string TemplatesRoot { get; init; }

    /// <summary>See <see cref="PipelineOptions.TemplatesRequired"/>.</summary>
    public bool TemplatesRequired { get; init; }
    public required string OutputRoot { get; init; }
    public Uri? BaseUrl { get; init; }
    public bool NoPdf { get; init; }
    public bool Strict { get; init; }

    /// <summary>Drafts are built too, each marked as one (see <see cref="PipelineOptions.Drafts"/>).</summary>
    public bool Drafts { get; init; }

    /// <summary>
    /// The moment SOURCE_DATE_EPOCH names. It stands for "now" everywhere the build would otherwise
    /// ask the clock (review dates, <c>date.now</c> in templates, the files' times), so an old build
    /// can be made again byte for byte. Null: the clock.
    /// </summary>
    public DateTimeOffset? SourceDate { get; init; }

    public PipelineOptions Pipeline => new() { ContentRoot = ContentRoot, TemplatesRoot = TemplatesRoot, TemplatesRequired = TemplatesRequired, BaseUrl = BaseUrl, NoPdf = NoPdf, Drafts = Drafts };

    /// <summary>
    /// When another build is writing the same output folder: true waits for it to finish, false fails at once
    /// (LF9010). Either way two builds never write it together.
    /// </summary>
    public bool WaitForOtherBuild { get; init; } = true;

    /// <summary>Told the stages as they run; null when nobody watches.</summary>
    public IBuildProgress? Progress { get; init; }

    /// <summary>For tests only; null in every real build.</summary>
    public BuildHooks? Hooks { get; init; }
}
