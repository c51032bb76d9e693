using Leaflet.Output;

namespace Leaflet.Tests.Support;

/// <summary>
/// A workspace whose output/ already holds a clean build, remembered byte for byte, so a test can
/// break the next build any way it likes and then ask whether the published site noticed.
/// </summary>
public sealed class EarlierOutput : IDisposable
{
    private EarlierOutput(SiteWorkspace workspace)
    {
        Workspace = workspace;
        Before = FolderSnapshot.Of(workspace.OutputRoot);
    }

    public SiteWorkspace Workspace { get; }

    public FolderSnapshot Before { get; }

    public static EarlierOutput Of(SiteWorkspace workspace, bool noPdf = true)
    {
        workspace.Build(noPdf: noPdf).AssertPublished();
        return new EarlierOutput(workspace);
    }

    /// <summary>output/ holds exactly the earlier files and bytes, and nothing of the failed build lies beside it.</summary>
    public void AssertUntouched()
    {
        FolderSnapshot.Of(Workspace.OutputRoot).AssertSameAs(Before);
        AssertNoLeftovers(Workspace.OutputRoot);
    }

    /// <summary>
    /// No staging folder or journal is left beside output/; .previous may hold the site a clean build
    /// replaced, whole and marked as Leaflet's, for the next build to reuse.
    /// </summary>
    public static void AssertNoLeftovers(string outputRoot)
    {
        // The root of the file system has no siblings to leave.
        if (Path.GetDirectoryName(Path.GetFullPath(outputRoot)) is not { } parent) return;
        var name = Path.GetFileName(Path.GetFullPath(outputRoot));
        foreach (var role in new[] { "staging", "swapping" })
            Assert.False(Path.Exists(Path.Combine(parent, $".{name}.{role}")), $".{name}.{role} was left beside {name}/");
        var previous = Path.Combine(parent, $".{name}.previous");
        if (Path.Exists(previous))
            Assert.True(OutputMarker.IsIn(previous), $".{name}.previous is not a site Leaflet built");
    }

    public void Dispose() => Workspace.Dispose();
}
