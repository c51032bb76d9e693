using Leaflet.Serve;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Serve;

/// <summary>A workspace with a live builder on it: change files, rebuild what they touch, compare with a build from scratch.</summary>
public sealed class LiveSite : IDisposable
{
    public LiveSite(SiteWorkspace workspace, bool noPdf = true)
    {
        Workspace = workspace;
        Options = new ServeOptions { ContentRoot = workspace.ContentRoot, TemplatesRoot = workspace.TemplatesRoot, NoPdf = noPdf };
        Builder = new LiveBuilder(Options);
        First = Builder.Build(ChangePlan.Everything([]));
    }

    public SiteWorkspace Workspace { get; }

    public ServeOptions Options { get; }

    public LiveBuilder Builder { get; }

    public LiveBuildReport First { get; }

    /// <summary>Rebuilds after the given files changed, given relative to the workspace ("content/en/x.md").</summary>
    public LiveBuildReport Changed(params string[] relative)
    {
        Assert.NotEmpty(relative);
        var paths = relative.Select(r => Workspace.Temp.Combine(r.Split('/'))).ToList();
        var plan = new ChangeClassifier(Options.ContentRoot, Options.TemplatesRoot).Classify(paths, Builder.Site);
        return Builder.Build(plan);
    }

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(Builder.Current.Files[path]);

    /// <summary>
    /// The live builder after its changes must hold what a new one makes of the content as it now is:
    /// the same diagnostics, and the same files when the build is good.
    /// </summary>
    public void AssertSameAsFromScratch(LiveBuildReport last)
    {
        var scratch = new LiveBuilder(Options);
        var report = scratch.Build(ChangePlan.Everything([]));
        Assert.Equal(report.Diagnostics.Select(d => d.ToString()), last.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(report.Published, last.Published);
        if (!report.Published) return;
        Assert.Equal(scratch.Current.Files.Keys.Order(StringComparer.Ordinal), Builder.Current.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in scratch.Current.Files)
            Assert.True(bytes.AsSpan().SequenceEqual(Builder.Current.Files[path]), $"{path} differs from a build from scratch");
    }

    public void Dispose() => Workspace.Dispose();
}
