using Leaflet.Tests.Support;

namespace Leaflet.Tests.Site;

/// <summary>The same content and templates make the same bytes, whatever the folder or the run.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_real_content_into_two_folders_are_byte_identical()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        BuiltSite.Build(Repository.Content, Repository.Templates, first.Combine("output")).AssertPublished();
        BuiltSite.Build(Repository.Content, Repository.Templates, second.Combine("site", "output")).AssertPublished();

        var a = FolderSnapshot.Of(first.Combine("output"));
        var b = FolderSnapshot.Of(second.Combine("site", "output"));
        Assert.NotEmpty(a.Files);
        a.AssertSameAs(b);
    }

    [Fact]
    public void Two_builds_of_a_fixture_with_three_languages_are_byte_identical()
    {
        using var first = SiteWorkspace.FromRealContent();
        using var second = SiteWorkspace.FromRealContent();
        foreach (var workspace in new[] { first, second })
        {
            TempFolder.CopyDirectory(Repository.FixtureSite("german"), workspace.ContentRoot);
            workspace.Build().AssertPublished();
        }
        FolderSnapshot.Of(first.OutputRoot).AssertSameAs(FolderSnapshot.Of(second.OutputRoot));
    }
}
