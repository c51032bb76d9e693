using Leaflet.Tests.Support;

namespace Leaflet.Tests.Docs;

/// <summary>
/// Every relative link of the README and of docs/ (and of the READMEs beside the code) leads to a file
/// of the repository, and its fragment to a heading of the page it names; none leads off the repository.
/// </summary>
public sealed class DocumentationLinkTests
{
    /// <summary>The README, every page under docs/, and the READMEs under tools/ and tests/.</summary>
    public static TheoryData<string> Pages() => new(DocumentationPages());

    private static IReadOnlyList<string> DocumentationPages()
    {
        var docs = Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs"), "*.md", SearchOption.AllDirectories);
        var readmes = new[] { "tools", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "README.md", SearchOption.AllDirectories));
        return docs.Concat(readmes)
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Prepend("README.md")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_leads_to_a_file_and_heading_of_the_repository(string page)
    {
        var problems = new RelativeLinks(Repository.Root).Problems(Path.Combine(Repository.Root, page));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_pages_checked_include_the_readme_the_guide_the_reference_and_hosting()
    {
        var pages = DocumentationPages();
        foreach (var page in new[] { "README.md", "docs/README.md", "docs/guide/writing-a-leaflet.md", "docs/reference/diagnostics.md",
                     "docs/hosting.md", "docs/decisions/README.md", "tests/Benchmarks/README.md" })
            Assert.Contains(page, pages);
    }

    [Fact]
    public void The_readme_and_the_map_of_docs_link_to_every_page_under_docs()
    {
        var linked = new[] { "README.md", "docs/README.md" }
            .SelectMany(page => MarkdownLinks.In(MarkdownLinks.Parse(File.ReadAllText(Path.Combine(Repository.Root, page))))
                .Select(link => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(Repository.Root, page))!, link.Url.Split('#')[0]))))
            .ToHashSet(StringComparer.Ordinal);
        var unlinked = DocumentationPages()
            .Where(p => p.StartsWith("docs/", StringComparison.Ordinal) && !p.StartsWith("docs/decisions/0", StringComparison.Ordinal))
            .Where(p => !linked.Contains(Path.GetFullPath(Path.Combine(Repository.Root, p))))
            .ToList();
        Assert.True(unlinked.Count == 0, "pages no map links to:\n" + string.Join("\n", unlinked));
    }
}
