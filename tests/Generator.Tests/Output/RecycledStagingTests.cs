using Leaflet.Tests.Support;

namespace Leaflet.Tests.Output;

/// <summary>
/// A build stages into the site before last (.output.previous) and rewrites it in place. Whatever that tree holds,
/// the published site must be exactly what a build into an empty folder makes, and nothing in it may count for
/// the link check or reach outside it.
/// </summary>
public sealed class RecycledStagingTests
{
    private static string Previous(SiteWorkspace workspace) => workspace.Temp.Combine(".output.previous");

    /// <summary>The same content built once into a folder that never held a site.</summary>
    private static FolderSnapshot FreshBuildOf(SiteWorkspace workspace)
    {
        using var fresh = new TempFolder();
        BuiltSite.Build(workspace.ContentRoot, workspace.TemplatesRoot, fresh.Combine("output")).AssertPublished();
        return FolderSnapshot.Of(fresh.Combine("output"));
    }

    [Fact]
    public void Three_builds_of_changing_content_publish_what_a_build_into_an_empty_folder_does()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.Build().AssertPublished();
        workspace.WriteContent("en/first-aid-for-burns.md",
            workspace.ReadContent("en/first-aid-for-burns.md").Replace("Quick cooling limits the damage.", "Cooling at once limits the damage."));
        workspace.Build().AssertPublished();
        Assert.True(Directory.Exists(Previous(workspace)), "the replaced site was not kept for the next build");
        workspace.DeleteContent("en/sun-safety.md");

        workspace.Build().AssertPublished();

        FolderSnapshot.Of(workspace.OutputRoot).AssertSameAs(FreshBuildOf(workspace));
        EarlierOutput.AssertNoLeftovers(workspace.OutputRoot);
    }

    [Fact]
    public void A_page_left_from_the_site_before_last_does_not_satisfy_a_link_to_it()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.Build().AssertPublished();
        workspace.Build().AssertPublished();
        // The staging folder of the next build starts as the first build's site, sun-safety included.
        Assert.True(File.Exists(Path.Combine(Previous(workspace), "en", "sun-safety", "index.html")));
        workspace.DeleteContent("en/sun-safety.md");
        workspace.WriteContent("en/first-aid-for-burns.md",
            workspace.ReadContent("en/first-aid-for-burns.md") + "\nSee also [sun safety](/en/sun-safety/).\n");

        var site = workspace.Build();

        Assert.False(site.Result.Published, "a link to a page no longer built was taken for a good one");
        Assert.Contains(site.Result.Diagnostics, d => d.Code.StartsWith("LF3", StringComparison.Ordinal)
            && d.File.EndsWith("content/en/first-aid-for-burns.md", StringComparison.Ordinal));
        EarlierOutput.AssertNoLeftovers(workspace.OutputRoot);
    }

    [Fact]
    public void Files_where_folders_go_folders_where_files_go_and_symbolic_links_are_replaced_and_nothing_outside_is_touched()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.Build().AssertPublished();
        workspace.Build().AssertPublished();
        var previous = Previous(workspace);
        var outside = workspace.Temp.Write("outside/notes.txt", "not the site's");
        var outsideBefore = FolderSnapshot.Of(workspace.Temp.Combine("outside"));
        Directory.Delete(Path.Combine(previous, "en", "sun-safety"), recursive: true);
        File.WriteAllText(Path.Combine(previous, "en", "sun-safety"), "a file where a folder goes");
        File.Delete(Path.Combine(previous, "robots.txt"));
        Directory.CreateDirectory(Path.Combine(previous, "robots.txt", "inside"));
        File.WriteAllText(Path.Combine(previous, "robots.txt", "inside", "a.txt"), "a file in a folder where a file goes");
        File.Delete(Path.Combine(previous, ".leaflet-output"));
        File.CreateSymbolicLink(Path.Combine(previous, ".leaflet-output"), outside);
        File.Delete(Path.Combine(previous, "sitemap.xml"));
        File.CreateSymbolicLink(Path.Combine(previous, "sitemap.xml"), outside);
        Directory.Delete(Path.Combine(previous, "ru"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(previous, "ru"), workspace.Temp.Combine("outside"));

        workspace.Build().AssertPublished();

        FolderSnapshot.Of(workspace.OutputRoot).AssertSameAs(FreshBuildOf(workspace));
        FolderSnapshot.Of(workspace.Temp.Combine("outside")).AssertSameAs(outsideBefore);
        Assert.Null(new DirectoryInfo(Path.Combine(workspace.OutputRoot, "ru")).LinkTarget);
        Assert.Null(new FileInfo(Path.Combine(workspace.OutputRoot, "sitemap.xml")).LinkTarget);
        Assert.Null(new FileInfo(Path.Combine(workspace.OutputRoot, ".leaflet-output")).LinkTarget);
        workspace.Build().AssertPublished();
    }

    [Fact]
    public void A_changed_file_is_written_anew_never_through_a_hard_link_to_an_earlier_site()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        const string page = "en/first-aid-for-burns/index.html";
        workspace.Build().AssertPublished();
        var release = workspace.Build().AssertPublished();
        var snapshot = workspace.Temp.Combine("release-1.html");
        HardLink(release.PathOf(page), snapshot);
        var kept = File.ReadAllBytes(snapshot);
        workspace.WriteContent("en/first-aid-for-burns.md",
            workspace.ReadContent("en/first-aid-for-burns.md").Replace("Quick cooling limits the damage.", "Cooling at once limits the damage."));

        workspace.Build().AssertPublished();
        // This build stages into the tree the snapshot shares its file with.
        var site = workspace.Build().AssertPublished();

        Assert.Contains("Cooling at once", site.Text(page));
        Assert.Equal(kept, File.ReadAllBytes(snapshot));
    }

    [Fact]
    public void A_site_before_last_that_is_a_symbolic_link_is_refused_and_what_it_points_to_is_left_alone()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.Build().AssertPublished();
        var elsewhere = workspace.Temp.Combine("elsewhere");
        workspace.Temp.Write("elsewhere/.leaflet-output", "a mark");
        workspace.Temp.Write("elsewhere/precious.txt", "keep me");
        var before = FolderSnapshot.Of(elsewhere);
        Directory.CreateSymbolicLink(Previous(workspace), elsewhere);

        var site = workspace.Build();

        Assert.False(site.Result.Published);
        Assert.Equal("LF9003", Assert.Single(site.Result.Diagnostics).Code);
        FolderSnapshot.Of(elsewhere).AssertSameAs(before);
    }

    private static void HardLink(string existing, string link)
    {
        using var ln = System.Diagnostics.Process.Start("ln", [existing, link]);
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
    }

    [Fact]
    public void An_unchanged_file_keeps_its_time_and_one_changed_back_is_newer_than_what_it_replaces()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        const string page = "en/first-aid-for-burns/index.html";
        const string unchanged = "en/sun-safety/index.html";
        var original = workspace.ReadContent("en/first-aid-for-burns.md");
        var first = workspace.Build().AssertPublished();
        var unchangedTime = File.GetLastWriteTimeUtc(first.PathOf(unchanged));
        var firstTime = File.GetLastWriteTimeUtc(first.PathOf(page));
        workspace.WriteContent("en/first-aid-for-burns.md", original.Replace("Quick cooling limits the damage.", "Cooling at once limits the damage."));
        Thread.Sleep(20);
        var second = workspace.Build().AssertPublished();
        var changedTime = File.GetLastWriteTimeUtc(second.PathOf(page));
        Assert.True(changedTime > firstTime);
        workspace.WriteContent("en/first-aid-for-burns.md", original);
        Thread.Sleep(20);

        // The staging folder holds the first build's page, whose bytes are the ones wanted again.
        var third = workspace.Build().AssertPublished();

        Assert.Equal(unchangedTime, File.GetLastWriteTimeUtc(third.PathOf(unchanged)));
        Assert.True(File.GetLastWriteTimeUtc(third.PathOf(page)) > changedTime,
            "the page went back to its first bytes with its first time, older than the page it replaced");
    }
}
