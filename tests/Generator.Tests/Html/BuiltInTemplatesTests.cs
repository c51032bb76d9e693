using Leaflet.Cli;
using Leaflet.Serve;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Html;

/// <summary>
/// The templates and assets are built into the tool: a site with only content/ builds with them, and a
/// site's own templates/ overrides them file by file, as a Hugo site overrides its theme.
/// </summary>
public sealed class BuiltInTemplatesTests
{
    private const string Marker = "<!-- the clinic's own leaflet template -->";

    private static SiteWorkspace SiteWithTemplates(params (string Name, string Text)[] files)
    {
        var workspace = SiteWorkspace.FromFixture("basic");
        foreach (var (name, text) in files) workspace.Temp.Write("templates/" + name, text);
        return workspace;
    }

    private static string SiteTemplates(SiteWorkspace workspace) => workspace.Temp.Combine("templates");

    private static (int Exit, string Output, string Error) Build(SiteWorkspace workspace, params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["--content", workspace.ContentRoot, "--output", workspace.OutputRoot, "--no-pdf", .. extra];
        var exit = BuildCommand.Run(args, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_site_without_a_templates_folder_builds_the_same_site_as_with_this_repositorys_templates()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var missing = workspace.Temp.Combine("templates");
        var moment = new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero);

        var builtIn = BuiltSite.Build(workspace.ContentRoot, missing, workspace.OutputRoot, noPdf: true, sourceDate: moment).AssertPublished();
        var repository = BuiltSite.Build(workspace.ContentRoot, Repository.Templates, workspace.Temp.Combine("repository-output"), noPdf: true, sourceDate: moment)
            .AssertPublished();

        Assert.False(Directory.Exists(missing));
        Assert.Equal(repository.Printed, builtIn.Printed);
        Assert.Equal(repository.Files, builtIn.Files);
        Assert.Contains("assets/site.css", builtIn.Files);
        foreach (var file in builtIn.Files)
            Assert.True(File.ReadAllBytes(repository.PathOf(file)).AsSpan().SequenceEqual(File.ReadAllBytes(builtIn.PathOf(file))), $"{file} differs");
    }

    [Fact]
    public void A_site_overriding_only_leaflet_html_gets_its_own_leaflet_pages_and_the_built_in_rest()
    {
        var own = File.ReadAllText(Path.Combine(Repository.Templates, "leaflet.html")) + Marker + "\n";
        using var workspace = SiteWithTemplates(("leaflet.html", own));

        var site = BuiltSite.Build(workspace.ContentRoot, SiteTemplates(workspace), workspace.OutputRoot, noPdf: true).AssertPublished();

        Assert.Contains(Marker, site.Text("en/first-aid-for-burns/index.html"));
        Assert.Contains(Marker, site.Text("ru/first-aid-for-burns/index.html"));
        Assert.DoesNotContain(Marker, site.Text("en/index.html"));
        Assert.DoesNotContain(Marker, site.Text("index.html"));
        Assert.Contains("<main", site.Text("en/index.html"));
        Assert.True(site.Exists("assets/site.css"));
    }

    [Fact]
    public void A_site_stylesheet_replaces_the_built_in_one_and_an_extra_asset_is_published_beside_it()
    {
        using var workspace = SiteWithTemplates(("assets/site.css", "body { color: teal; }\n"), ("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"));

        var site = BuiltSite.Build(workspace.ContentRoot, SiteTemplates(workspace), workspace.OutputRoot, noPdf: true).AssertPublished();

        Assert.Equal("body { color: teal; }\n", site.Text("assets/site.css"));
        Assert.True(site.Exists("assets/logo.svg"));
    }

    [Fact]
    public void An_include_the_site_lacks_comes_from_the_built_in_templates()
    {
        var page = "<div class=\"own-chooser\">\n{{ include '404.html' }}\n</div>\n";
        using var workspace = SiteWithTemplates(("chooser.html", page));

        var site = BuiltSite.Build(workspace.ContentRoot, SiteTemplates(workspace), workspace.OutputRoot, noPdf: true).AssertPublished();

        var chooser = site.Text("index.html");
        Assert.Contains("<div class=\"own-chooser\">", chooser);
        Assert.Contains("<ul class=\"language-list\">", chooser);
    }

    [Fact]
    public void A_broken_override_is_reported_at_the_sites_own_file_not_at_the_built_in_one()
    {
        using var workspace = SiteWithTemplates(("language.html", "{{ if }}\n"));

        var site = BuiltSite.Build(workspace.ContentRoot, SiteTemplates(workspace), workspace.OutputRoot, noPdf: true);

        Assert.False(site.Result.Published);
        Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF5001" && d.File.EndsWith("templates/language.html", StringComparison.Ordinal)
            && !d.File.StartsWith("built-in/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_templates_folder_named_on_the_command_line_must_exist()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");

        var run = Build(workspace, "--templates", workspace.Temp.Combine("templats"));

        Assert.Equal(1, run.Exit);
        Assert.Contains("error LF9002: the templates folder does not exist", run.Error);
        Assert.False(Directory.Exists(workspace.OutputRoot));
    }

    [Fact]
    public void Build_verbose_says_which_templates_are_the_sites_own_and_which_are_built_in()
    {
        using var workspace = SiteWithTemplates(("leaflet.html", File.ReadAllText(Path.Combine(Repository.Templates, "leaflet.html"))));

        var run = Build(workspace, "--templates", SiteTemplates(workspace), "--verbose");

        Assert.True(run.Exit == 0, run.Error);
        var lines = run.Output.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("template leaflet.html: the site's own, ", StringComparison.Ordinal) && l.EndsWith("templates/leaflet.html", StringComparison.Ordinal));
        foreach (var name in new[] { "404.html", "chooser.html", "language.html", "layout.html" })
            Assert.Contains($"template {name}: built in", lines);
        Assert.Contains("asset assets/site.css: built in", lines);
    }

    [Fact]
    public void Serve_previews_a_site_without_a_templates_folder_with_the_built_in_templates_and_stylesheet()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var builder = new LiveBuilder(new ServeOptions { ContentRoot = workspace.ContentRoot, TemplatesRoot = workspace.Temp.Combine("templates"), NoPdf = true });

        var report = builder.Build(ChangePlan.Everything([]));

        Assert.True(report.Published, string.Join("\n", report.Diagnostics));
        Assert.Contains("assets/site.css", builder.Current.Files.Keys);
        Assert.Contains("en/first-aid-for-burns/index.html", builder.Current.Files.Keys);
    }
}
