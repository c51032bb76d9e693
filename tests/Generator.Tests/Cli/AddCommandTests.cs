using Leaflet.Cli;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Cli;

/// <summary><c>leaflet add SLUG</c>: a draft leaflet in the site's default language, with its dates filled in.</summary>
public sealed class AddCommandTests
{
    /// <summary>2026-12-04 00:00 UTC.</summary>
    private const string Epoch = "1796342400";

    private sealed record Run(int Exit, string Output, string Error);

    private static Run Add(SiteWorkspace workspace, string slug) => Add(workspace.ContentRoot, slug);

    private static Run Add(string contentRoot, string slug)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = AddCommand.Run([slug, "--content", contentRoot], output, error, name => name == SourceDateEpoch.Variable ? Epoch : null);
        return new Run(exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_new_leaflet_is_a_dated_draft_in_the_default_language_that_builds_with_no_warning()
    {
        using var temp = new TempFolder();
        var site = temp.Combine("clinic");
        Assert.Equal(0, NewCommand.Run([site, "--languages", "ru"], new StringWriter(), new StringWriter(), _ => Epoch));
        var content = Path.Combine(site, "content");

        var run = Add(content, "hand-washing");

        Assert.True(run.Exit == 0, run.Error);
        var text = File.ReadAllText(Path.Combine(content, "ru", "hand-washing.md"));
        Assert.StartsWith("---\ntitle: Hand washing\n", text);
        Assert.Contains("\npublished: 2026-12-04\nlast_reviewed: 2026-12-04\nnext_review: 2027-12-04\n", text);
        Assert.Contains("\ndraft: true\n", text);
        Assert.Contains("hand-washing.md", run.Output);
        var built = BuiltSite.Build(content, Path.Combine(site, "templates"), Path.Combine(site, "output"), noPdf: true,
            sourceDate: DateTimeOffset.FromUnixTimeSeconds(long.Parse(Epoch))).AssertPublished();
        Assert.True(built.Result.Warnings == 0, built.Printed);
        Assert.Equal(1, built.Result.Drafts);
    }

    [Fact]
    public void A_slug_a_leaflet_has_in_any_language_is_refused_naming_its_file()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var before = workspace.ReadContent("en/sun-safety.md");

        var run = Add(workspace, "sun-safety");

        Assert.Equal(1, run.Exit);
        Assert.Matches(@"content/en/sun-safety\.md: error LF1036: the leaflet 'sun-safety' already exists", run.Error);
        Assert.Equal(before, workspace.ReadContent("en/sun-safety.md"));
    }

    [Fact]
    public void A_slug_that_only_a_translation_has_is_refused_too()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("ru/only-in-russian.md", workspace.ReadContent("ru/first-aid-for-burns.md"));

        var run = Add(workspace, "only-in-russian");

        Assert.Equal(1, run.Exit);
        Assert.Matches(@"content/ru/only-in-russian\.md: error LF1036:", run.Error);
        Assert.False(File.Exists(Path.Combine(workspace.ContentRoot, "en", "only-in-russian.md")));
    }

    [Theory]
    [InlineData("Sun-Safety")]
    [InlineData("sun safety")]
    [InlineData("-sun")]
    [InlineData("../escape")]
    [InlineData("sun-safety.md")]
    public void A_slug_that_cannot_be_an_address_is_refused_and_nothing_is_written(string slug)
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var before = Directory.GetFiles(workspace.Temp.Path, "*", SearchOption.AllDirectories).Length;

        var run = Add(workspace, slug);

        Assert.Equal(1, run.Exit);
        Assert.Contains($"leaflet: error LF1037: '{slug}' cannot name a leaflet: use lower-case Latin letters, digits and hyphens", run.Error);
        Assert.Equal(before, Directory.GetFiles(workspace.Temp.Path, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Add_outside_a_site_says_so()
    {
        using var temp = new TempFolder();
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = AddCommand.Run(["hand-washing", "--content", temp.Combine("content")], output, error, _ => null);

        Assert.Equal(1, exit);
        Assert.Contains("error LF9002: the content folder does not exist; run leaflet add in a site's folder, or start one with leaflet new", error.ToString());
    }
}
