using Leaflet.Output;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Output;

/// <summary>
/// Nothing reaches output/ until a build is clean: a failed build leaves the earlier site byte for
/// byte, a clean one replaces it whole, and a swap cut short is finished by the next build.
/// </summary>
public sealed class AtomicOutputTests
{
    private const string Marker = "earlier-build.txt";

    /// <summary>A workspace whose output/ holds a clean build of the basic fixture plus a marker file.</summary>
    private static SiteWorkspace WithEarlierOutput(bool copyTemplates = false)
    {
        var workspace = SiteWorkspace.FromFixture("basic", copyTemplates);
        workspace.Build().AssertPublished();
        File.WriteAllText(Path.Combine(workspace.OutputRoot, Marker), "left by an earlier build");
        return workspace;
    }

    private static string Sibling(SiteWorkspace workspace, string role) => workspace.Temp.Combine($".output.{role}");

    private static void AssertNoLeftovers(SiteWorkspace workspace) => EarlierOutput.AssertNoLeftovers(workspace.OutputRoot);

    [Fact]
    public void A_content_error_leaves_the_earlier_output_byte_for_byte()
    {
        using var workspace = WithEarlierOutput();
        var before = FolderSnapshot.Of(workspace.OutputRoot);
        workspace.WriteContent("en/first-aid-for-burns.md",
            workspace.ReadContent("en/first-aid-for-burns.md").Replace("published: 2026-11-24", "published: 24.11.2026"));

        var site = workspace.Build();

        Assert.False(site.Result.Published);
        Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF1004");
        FolderSnapshot.Of(workspace.OutputRoot).AssertSameAs(before);
        AssertNoLeftovers(workspace);
    }

    [Fact]
    public void A_template_typo_is_an_error_at_its_template_line_and_column_and_leaves_the_output_as_it_was()
    {
        using var workspace = WithEarlierOutput(copyTemplates: true);
        var before = FolderSnapshot.Of(workspace.OutputRoot);
        var template = Path.Combine(workspace.TemplatesRoot, "leaflet.html");
        var text = File.ReadAllText(template);
        Assert.Contains("{{ article.title | html.escape }}", text);
        text = text.Replace("{{ article.title | html.escape }}", "{{ page.titel | html.escape }}");
        File.WriteAllText(template, text);
        var (line, column) = TextPosition.Of(text, "page.titel");

        var site = workspace.Build();

        Assert.False(site.Result.Published);
        var error = site.Result.Diagnostics.Single(d => d.Code == "LF5001");
        var printed = Printed.Parse(error.ToString());
        Assert.Equal("error", printed.Severity);
        Assert.EndsWith("templates/leaflet.html", printed.Path);
        Assert.Equal(line, printed.Line);
        // The member access starts at "page"; pointing at "titel" itself would be as good.
        Assert.Contains(printed.Column, new[] { column, column + "page.".Length });
        Assert.Contains("titel", printed.Message);
        FolderSnapshot.Of(workspace.OutputRoot).AssertSameAs(before);
        AssertNoLeftovers(workspace);
    }

    [Fact]
    public void A_clean_build_replaces_the_earlier_output_whole_and_keeps_it_beside_as_previous()
    {
        using var workspace = WithEarlierOutput();
        var earlier = FolderSnapshot.Of(workspace.OutputRoot);
        workspace.DeleteContent("en/sun-safety.md");

        var site = workspace.Build().AssertPublished();

        Assert.False(File.Exists(Path.Combine(workspace.OutputRoot, Marker)), "the earlier build's file survived the replacement");
        Assert.False(site.Exists("en/sun-safety/index.html"), "a page of the earlier build survived the replacement");
        Assert.True(site.Exists("en/first-aid-for-burns/index.html"));
        FolderSnapshot.Of(Sibling(workspace, "previous")).AssertSameAs(earlier);
        AssertNoLeftovers(workspace);
    }

    /// <summary>
    /// Sets up the moment a publisher dies at: the journal written, and the old and new sites
    /// wherever the step reached left them. "new" is a complete build with a marker of its own.
    /// </summary>
    private static (SiteWorkspace Workspace, FolderSnapshot NewSite) Interrupted(string step)
    {
        var workspace = WithEarlierOutput();
        var staging = Sibling(workspace, "staging");
        var previous = Sibling(workspace, "previous");
        using (var other = SiteWorkspace.FromFixture("basic"))
        {
            other.Build().AssertPublished();
            TempFolder.CopyDirectory(other.OutputRoot, staging);
        }
        File.WriteAllText(Path.Combine(staging, "new-build.txt"), "the build that was being published");
        var newSite = FolderSnapshot.Of(staging);
        File.WriteAllText(Sibling(workspace, "swapping"), "");
        switch (step)
        {
            case "journal written":
                break;
            case "old site moved aside":
                Directory.Move(workspace.OutputRoot, previous);
                break;
            case "new site moved in":
                Directory.Move(workspace.OutputRoot, previous);
                Directory.Move(staging, workspace.OutputRoot);
                break;
        }
        return (workspace, newSite);
    }

    [Theory]
    [InlineData("journal written")]
    [InlineData("old site moved aside")]
    [InlineData("new site moved in")]
    public void Recovery_finishes_a_swap_that_was_cut_short(string step)
    {
        var (workspace, newSite) = Interrupted(step);
        using (workspace)
        {
            new AtomicPublisher(new OutputLocation(workspace.OutputRoot)).Recover();

            FolderSnapshot.Of(workspace.OutputRoot).AssertSameAs(newSite);
            AssertNoLeftovers(workspace);
        }
    }

    [Fact]
    public void Recovery_discards_a_staging_folder_no_journal_vouches_for()
    {
        using var workspace = WithEarlierOutput();
        var before = FolderSnapshot.Of(workspace.OutputRoot);
        var staging = Sibling(workspace, "staging");
        Directory.CreateDirectory(Path.Combine(staging, "en"));
        File.WriteAllText(Path.Combine(staging, "en", "index.html"), "half a page");

        new AtomicPublisher(new OutputLocation(workspace.OutputRoot)).Recover();

        FolderSnapshot.Of(workspace.OutputRoot).AssertSameAs(before);
        AssertNoLeftovers(workspace);
    }

    [Theory]
    [InlineData("journal written")]
    [InlineData("old site moved aside")]
    [InlineData("new site moved in")]
    public void The_next_clean_build_recovers_first_and_publishes_a_whole_site(string step)
    {
        var (workspace, _) = Interrupted(step);
        using (workspace)
        {
            var site = workspace.Build().AssertPublished();

            Assert.False(site.Exists("new-build.txt"));
            Assert.False(site.Exists(Marker));
            Assert.Empty(SiteChecks.BrokenLinks(site));
            Assert.True(site.Exists("index.html") && site.Exists("en/first-aid-for-burns/index.html") && site.Exists("ru/index.html"));
            AssertNoLeftovers(workspace);
        }
    }

    [Theory]
    [InlineData("old site moved aside")]
    [InlineData("new site moved in")]
    public void A_build_that_fails_still_finishes_the_interrupted_swap_so_a_whole_site_is_in_output(string step)
    {
        // "A build that starts after an interrupted swap finishes or rolls it back" (issue 2): any
        // build, not only one that gets as far as staging, or output/ stays missing or half-swapped.
        var (workspace, newSite) = Interrupted(step);
        using (workspace)
        {
            workspace.WriteContent("en/broken.md", "no front matter here\n");

            var site = workspace.Build();

            Assert.False(site.Result.Published);
            Assert.True(Directory.Exists(workspace.OutputRoot), "output/ is missing after the build");
            FolderSnapshot.Of(workspace.OutputRoot).AssertSameAs(newSite);
            AssertNoLeftovers(workspace);
        }
    }
}
