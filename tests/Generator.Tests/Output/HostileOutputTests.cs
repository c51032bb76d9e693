using Leaflet.Output;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Output;

/// <summary>
/// Issue 8: "nothing outside output/ and its staging folder is ever written or deleted". Whole builds
/// are pointed at folders a mistyped --output could name; each is refused with LF9003 before anything
/// is touched, and a folder with files in it is replaced only when an earlier build marked it.
/// </summary>
public sealed class HostileOutputTests
{
    /// <summary>The names in a folder, for folders too large to snapshot byte for byte.</summary>
    private static string[] Listing(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private static void AssertRefused(BuiltSite site)
    {
        Assert.False(site.Result.Published);
        var refusal = Assert.Single(site.Result.Diagnostics);
        Assert.Equal("LF9003", refusal.Code);
        EarlierOutput.AssertNoLeftovers(site.OutputRoot);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("repository")]
    [InlineData("home")]
    public void A_folder_too_large_to_be_an_output_is_refused_and_its_entries_stay(string which)
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var output = which switch
        {
            "repository" => Repository.Root,
            "home" => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
            _ => which,
        };
        var before = Listing(output);

        var site = BuiltSite.Build(workspace.ContentRoot, workspace.TemplatesRoot, output, noPdf: true);

        AssertRefused(site);
        Assert.Equal(before, Listing(output));
    }

    [Theory]
    [InlineData("content")]
    [InlineData("")]
    [InlineData("content/en")]
    [InlineData("content/en/site")]
    [InlineData("templates/assets")]
    public void The_sources_a_folder_around_them_or_one_inside_them_are_refused_and_stay_byte_for_byte(string relative)
    {
        using var workspace = SiteWorkspace.FromFixture("basic", copyTemplates: true);
        var output = relative.Length == 0 ? workspace.Temp.Path : workspace.Temp.Combine(relative.Split('/'));
        var before = FolderSnapshot.Of(workspace.Temp.Path);

        var site = BuiltSite.Build(workspace.ContentRoot, workspace.TemplatesRoot, output, noPdf: true);

        AssertRefused(site);
        FolderSnapshot.Of(workspace.Temp.Path).AssertSameAs(before);
    }

    [Fact]
    public void A_folder_with_files_no_build_marked_is_refused_and_stays_byte_for_byte()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.Temp.Write("output/thesis.txt", "three years of work");
        workspace.Temp.Write("output/notes/monday.txt", "and more");
        var before = FolderSnapshot.Of(workspace.Temp.Path);

        var site = workspace.Build(noPdf: true);

        AssertRefused(site);
        Assert.Contains(".leaflet-output", site.Result.Diagnostics[0].Message);
        FolderSnapshot.Of(workspace.Temp.Path).AssertSameAs(before);
    }

    [Fact]
    public void An_empty_folder_and_a_marked_earlier_output_are_replaced()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        Directory.CreateDirectory(workspace.OutputRoot);
        workspace.Build(noPdf: true).AssertPublished();
        Assert.True(File.Exists(Path.Combine(workspace.OutputRoot, OutputMarker.FileName)), "the output carries no marker");

        workspace.Build(noPdf: true).AssertPublished();
    }

    [Fact]
    public void Something_in_the_way_of_the_staging_folder_is_refused_not_deleted()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.Temp.Write(".output.previous/diary.txt", "not Leaflet's");
        var before = FolderSnapshot.Of(workspace.Temp.Path);

        var site = workspace.Build(noPdf: true);

        Assert.False(site.Result.Published);
        Assert.Equal("LF9003", Assert.Single(site.Result.Diagnostics).Code);
        FolderSnapshot.Of(workspace.Temp.Path).AssertSameAs(before);
    }

    [Fact]
    public void A_file_and_a_symbolic_link_to_a_folder_are_refused()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var file = workspace.Temp.Write("site.txt", "a file, not a folder");
        Directory.CreateDirectory(workspace.Temp.Combine("real"));
        var link = workspace.Temp.Combine("linked");
        Directory.CreateSymbolicLink(link, workspace.Temp.Combine("real"));

        AssertRefused(BuiltSite.Build(workspace.ContentRoot, workspace.TemplatesRoot, file, noPdf: true));
        AssertRefused(BuiltSite.Build(workspace.ContentRoot, workspace.TemplatesRoot, link, noPdf: true));
        Assert.Equal("a file, not a folder", File.ReadAllText(file));
        Assert.Empty(Directory.EnumerateFileSystemEntries(workspace.Temp.Combine("real")));
    }

    [Fact]
    public void A_clean_build_writes_nothing_beside_output_but_output()
    {
        using var workspace = SiteWorkspace.FromFixture("basic", copyTemplates: true);
        var content = FolderSnapshot.Of(workspace.ContentRoot);
        var templates = FolderSnapshot.Of(workspace.TemplatesRoot);

        workspace.Build().AssertPublished();

        // .output.lock is the lock one build at a time holds (BuildLockTests); it holds only a process id.
        Assert.Equal([".output.lock", "content", "output", "templates"], Listing(workspace.Temp.Path));
        FolderSnapshot.Of(workspace.ContentRoot).AssertSameAs(content);
        FolderSnapshot.Of(workspace.TemplatesRoot).AssertSameAs(templates);
    }

    [Fact]
    public void The_command_line_prints_the_refusal_and_exits_with_1()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var error = new StringWriter();

        var exit = Leaflet.Cli.Commands.Run(["build", "--content", workspace.ContentRoot, "--output", "/"], new StringWriter(), error, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.StartsWith("/: error LF9003: refusing to use this folder as the output, because it is the root of the file system", error.ToString());
    }
}
