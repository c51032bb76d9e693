using Leaflet.Tests.Support;

namespace Leaflet.Tests.Content;

/// <summary>
/// A language is a folder under content/ with a _language.yaml. A folder holding articles without one
/// is a mistake the build names, never a language it silently leaves out; other folders are not languages.
/// </summary>
public sealed class LanguageFolderTests
{
    private static string Article(string title) => Leaflets.Text("Some text.", title);

    [Fact]
    public void A_folder_of_articles_without_a_language_file_is_LF1040_naming_the_folder_and_publishes_nothing()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("de/sonnenschutz.md", Article("Sonnenschutz"));

        var site = workspace.Build(noPdf: true);

        var diagnostic = Assert.Single(site.Result.Diagnostics, d => d.Code == "LF1040");
        Assert.EndsWith("content/de", diagnostic.File, StringComparison.Ordinal);
        Assert.Contains("sonnenschutz.md", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("_language.yaml", diagnostic.Message, StringComparison.Ordinal);
        Assert.Matches(@"content/de: error LF1040: ", diagnostic.ToString());
        Assert.False(site.Result.Published);
        Assert.False(Directory.Exists(workspace.OutputRoot), "a build that skipped a folder of articles published the rest");
    }

    [Fact]
    public void Each_folder_of_articles_without_a_language_file_is_reported_once()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("de/a.md", Article("A"));
        workspace.WriteContent("de/b.md", Article("B"));
        workspace.WriteContent("fr/c.md", Article("C"));

        var site = workspace.Build(noPdf: true);

        var folders = site.Result.Diagnostics.Where(d => d.Code == "LF1040").Select(d => d.File[^2..]).ToList();
        Assert.Equal(["de", "fr"], folders);
    }

    [Fact]
    public void Folders_of_pictures_or_fonts_the_shared_picture_folder_and_hidden_folders_are_not_languages()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContentBytes("images/arm.png", Png.Pixel(200, 40, 40));
        workspace.WriteContentBytes("fonts/OFL.txt", "licence"u8.ToArray());
        workspace.WriteContent(".notes/todo.md", "not an article\n");
        workspace.WriteContent("images/README.md", "pictures shared by every language\n");

        var site = workspace.Build(noPdf: true).AssertPublished();

        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == "LF1040");
        Assert.Equal(2, site.Result.Languages);
    }
}
