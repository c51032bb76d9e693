namespace Leaflet.Pipeline;

/// <summary>The stages of a build, in the order they run.</summary>
public enum BuildStage
{
    Content,
    Validation,
    Pdf,
    Html,
    Check,
    Publish,
}

/// <summary>
/// Places where a test can step into a build, so it can prove that a failure at any of them leaves
/// output/ as it was. They travel in <see cref="BuildOptions"/>, never in static state, so builds
/// running side by side in one test process cannot see each other's hooks.
/// </summary>
public sealed record BuildHooks
{
    /// <summary>Called on the build's own thread as it reaches each stage.</summary>
    public Action<BuildStage>? StageStarting { get; init; }

    /// <summary>
    /// Called before each file is written into the staging folder, with its path inside the site;
    /// the PDF stage calls it from several threads at once.
    /// </summary>
    public Action<string>? FileWriting { get; init; }
}
