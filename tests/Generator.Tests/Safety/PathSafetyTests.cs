using System.Collections.Concurrent;
using Leaflet.Pipeline;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Safety;

/// <summary>
/// Issue 8: "a picture, link or include that tries to leave content/ or templates/ (../, absolute
/// paths, symbolic links) is refused with an error". Every case is a whole build that must fail with
/// the named code, publish nothing, and write no file whose path leaves the site or whose bytes
/// come from the secret outside the sources.
/// </summary>
public sealed class PathSafetyTests
{
    private const string Secret = "the-secret-outside-the-sources";

    private const string Article = """
        ---
        title: A leaflet
        description: A description long enough to be shown by a search engine.
        published: 2026-11-24
        last_reviewed: 2026-11-24
        next_review: 2027-11-24
        ---

        Some text.

        """;

    /// <summary>A workspace with its own templates, and secret files beside (not inside) the sources.</summary>
    private static SiteWorkspace Workspace()
    {
        var workspace = SiteWorkspace.FromFixture("basic", copyTemplates: true);
        workspace.Temp.Write("outside/secret.md", Article + Secret + "\n");
        workspace.Temp.WriteBytes("outside/secret.png", [.. Png.Pixel(1, 2, 3), .. System.Text.Encoding.UTF8.GetBytes(Secret)]);
        workspace.Temp.Write("outside/secret.html", $"<p>{Secret}</p>");
        workspace.Temp.Write("outside/de/_language.yaml", File.ReadAllText(Path.Combine(workspace.ContentRoot, "en", "_language.yaml")));
        return workspace;
    }

    private static string Outside(SiteWorkspace workspace, string name) => workspace.Temp.Combine("outside", name);

    /// <summary>Builds, recording each file the build writes, and checks nothing was published or leaked.</summary>
    private static BuiltSite BuildRefused(SiteWorkspace workspace, string code)
    {
        var written = new ConcurrentBag<string>();
        var site = workspace.Build(hooks: new BuildHooks { FileWriting = written.Add });

        Assert.False(site.Result.Published, "the build published");
        Assert.True(site.Result.Diagnostics.Any(d => d.Code == code), $"no {code} among:\n{site.Printed}");
        Assert.False(Directory.Exists(workspace.OutputRoot), "a refused build created output/");
        Assert.All(written, path => Assert.DoesNotContain("..", path.Split('/')));
        Assert.DoesNotContain(written, path => path.Contains("secret", StringComparison.Ordinal));
        EarlierOutput.AssertNoLeftovers(workspace.OutputRoot);
        return site;
    }

    [Theory]
    [InlineData("../../outside/secret.png")]
    [InlineData("../../../../../../../../etc/passwd.png")]
    [InlineData("/etc/passwd.png")]
    [InlineData("file:///etc/passwd.png")]
    [InlineData("..%2F..%2Foutside%2Fsecret.png")]
    public void A_picture_path_that_leaves_the_picture_folders_is_LF1010(string url)
    {
        using var workspace = Workspace();
        workspace.WriteContent("en/bad.md", Article + $"![A picture]({url})\n");

        BuildRefused(workspace, "LF1010");
    }

    [Fact]
    public void A_picture_that_is_a_symbolic_link_out_of_content_is_LF1010()
    {
        using var workspace = Workspace();
        Directory.CreateDirectory(Path.Combine(workspace.ContentRoot, "images"));
        File.CreateSymbolicLink(Path.Combine(workspace.ContentRoot, "images", "innocent.png"), Outside(workspace, "secret.png"));
        workspace.WriteContent("en/bad.md", Article + "![A picture](../images/innocent.png)\n");

        BuildRefused(workspace, "LF1010");
    }

    [Theory]
    [InlineData("../../../../../../../../etc/passwd", "LF3005")]
    [InlineData("../../../outside/secret.html", "LF3005")]
    [InlineData("/etc/passwd", "LF3002")]
    [InlineData("../../outside/secret.md", "LF1015")]
    public void A_markdown_link_out_of_the_site_copies_nothing_and_is_an_error(string url, string code)
    {
        // A link is not a file the build fetches: it is left as written, and the link checker refuses a
        // target outside the site, at the line of the Markdown that wrote it.
        using var workspace = Workspace();
        workspace.WriteContent("en/bad.md", Article + $"See [this]({url}).\n");

        var site = BuildRefused(workspace, code);

        Assert.Contains(site.Result.Diagnostics, d => d.Code == code && d.File.EndsWith("content/en/bad.md", StringComparison.Ordinal) && d.Line == 10);
    }

    [Theory]
    [InlineData("../content/en/sun-safety.md")]
    [InlineData("/etc/passwd")]
    [InlineData("assets/site.css")]
    [InlineData("secret.txt")]
    public void An_include_that_leaves_templates_or_follows_a_link_out_of_it_is_LF5001(string name)
    {
        using var workspace = Workspace();
        File.CreateSymbolicLink(Path.Combine(workspace.TemplatesRoot, "secret.txt"), Outside(workspace, "secret.html"));
        var template = Path.Combine(workspace.TemplatesRoot, "404.html");
        File.AppendAllText(template, $"\n{{{{ include '{name}' }}}}\n");

        var site = BuildRefused(workspace, "LF5001");

        Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF5001" && d.Message.Contains($"include '{name}'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("content/en/leak.md", "secret.md", "LF1023")]
    [InlineData("content/de", "de", "LF1023")]
    [InlineData("templates/leaflet.html", "secret.html", "LF5006")]
    [InlineData("templates/assets/leak.css", "secret.html", "LF5006")]
    [InlineData("templates/assets/more", "de", "LF5006")]
    public void A_source_file_or_folder_that_is_a_symbolic_link_out_of_its_folder_is_refused(string link, string target, string code)
    {
        using var workspace = Workspace();
        var path = workspace.Temp.Combine(link.Split('/'));
        File.Delete(path);
        var outside = Outside(workspace, target);
        if (Directory.Exists(outside)) Directory.CreateSymbolicLink(path, outside);
        else File.CreateSymbolicLink(path, outside);

        var site = BuildRefused(workspace, code);

        Assert.DoesNotContain(Secret, site.Printed);
    }

    [Fact]
    public void The_site_configuration_as_a_symbolic_link_out_of_content_is_LF1023()
    {
        using var workspace = Workspace();
        var configuration = Path.Combine(workspace.ContentRoot, "_site.yaml");
        File.Copy(configuration, Outside(workspace, "_site.yaml"));
        File.Delete(configuration);
        File.CreateSymbolicLink(configuration, Outside(workspace, "_site.yaml"));

        BuildRefused(workspace, "LF1023");
    }
}
