using Leaflet.Output;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Output;

/// <summary>The build deletes and replaces its output folder, so it refuses folders that hold anything else.</summary>
public sealed class OutputGuardTests
{
    private static readonly string[] Sources = [Repository.Content, Repository.Templates];

    [Fact]
    public void The_file_system_root_is_refused()
    {
        var refusal = OutputGuard.Check("/", Sources);
        Assert.NotNull(refusal);
        Assert.Equal("LF9003", refusal.Code);
        Assert.Matches(@"^/: error LF9003: .*root", refusal.ToString());
    }

    [Fact]
    public void The_repository_root_is_refused()
    {
        var refusal = OutputGuard.Check(Repository.Root, Sources);
        Assert.NotNull(refusal);
        Assert.Equal("LF9003", refusal.Code);
        Assert.Equal(Leaflet.Diagnostics.Severity.Error, refusal.Severity);
    }

    [Fact]
    public void The_repository_root_is_refused_even_when_the_sources_are_elsewhere()
    {
        using var temp = new TempFolder();
        Assert.NotNull(OutputGuard.Check(Repository.Root + Path.DirectorySeparatorChar, [temp.Combine("content"), temp.Combine("templates")]));
    }

    [Fact]
    public void A_folder_holding_the_content_and_the_content_folder_itself_are_refused()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        Assert.NotNull(OutputGuard.Check(workspace.ContentRoot, [workspace.ContentRoot, workspace.TemplatesRoot]));
        Assert.NotNull(OutputGuard.Check(workspace.Temp.Path, [workspace.ContentRoot, workspace.TemplatesRoot]));
    }

    [Fact]
    public void The_home_folder_is_refused()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.False(string.IsNullOrEmpty(home));
        Assert.NotNull(OutputGuard.Check(home, Sources));
    }

    [Fact]
    public void An_ordinary_output_folder_is_accepted()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        Assert.Null(OutputGuard.Check(workspace.OutputRoot, [workspace.ContentRoot, workspace.TemplatesRoot]));
    }

    [Fact]
    public void A_build_told_to_write_over_its_content_refuses_and_leaves_the_content_alone()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var before = FolderSnapshot.Of(workspace.ContentRoot);

        var site = BuiltSite.Build(workspace.ContentRoot, workspace.TemplatesRoot, workspace.ContentRoot);

        Assert.False(site.Result.Published);
        Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF9003");
        FolderSnapshot.Of(workspace.ContentRoot).AssertSameAs(before);
    }
}
