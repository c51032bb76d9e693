using Leaflet.Tests.Support;

namespace Leaflet.Tests.Docs;

/// <summary>The link check of the documentation, on small pages that hold each kind of broken link.</summary>
public sealed class RelativeLinksTests : IDisposable
{
    private readonly TempFolder _repository = new();

    public RelativeLinksTests()
    {
        _repository.Write("docs/guide.md", "# Guide\n\n## Лечение и уход\n\n## `serve`: it's fast\n\n## Twice\n\n## Twice\n");
        _repository.Write("tools/Tool/Code.cs", "namespace A;\n");
    }

    private IReadOnlyList<string> Problems(string markdown) =>
        new RelativeLinks(_repository.Path).Problems(_repository.Write("README.md", markdown));

    [Theory]
    [InlineData("[guide](docs/guide.md)")]
    [InlineData("[guide](docs/guide.md#лечение-и-уход)")]
    [InlineData("[guide](docs/guide.md#%D0%BB%D0%B5%D1%87%D0%B5%D0%BD%D0%B8%D0%B5-%D0%B8-%D1%83%D1%85%D0%BE%D0%B4)")]
    [InlineData("[guide](docs/guide.md#serve-its-fast)")]
    [InlineData("[guide](docs/guide.md#twice-1)")]
    [InlineData("[code](tools/Tool/Code.cs) and [the folder](tools/Tool/)")]
    [InlineData("[web](https://nginx.org/en/docs/) and <https://example.org/>")]
    [InlineData("| a | b |\n|---|---|\n| [guide](docs/guide.md#guide) | x |")]
    [InlineData("`[not a link](nowhere.md)` and\n\n```\n[not a link](nowhere.md)\n```")]
    [InlineData("# Top\n\n[here](#top) and [the top](#)")]
    public void A_link_to_a_file_or_heading_of_the_repository_passes(string markdown)
    {
        Assert.Empty(Problems(markdown));
    }

    [Theory]
    [InlineData("[gone](docs/gone.md)", "names a file that does not exist")]
    [InlineData("[case](docs/Guide.md)", "names a file that does not exist")]
    [InlineData("[gone](docs/guide.md#treatment)", "names no heading of guide.md")]
    [InlineData("[gone](docs/guide.md#twice-2)", "names no heading of guide.md")]
    [InlineData("[gone](#nowhere)", "names no heading of README.md")]
    [InlineData("[design](../common/DESIGN.md)", "leaves the repository")]
    [InlineData("[design](docs/../../DESIGN.md)", "leaves the repository")]
    [InlineData("[design](/usr/share/doc/leaflet/DESIGN.md)", "leaves the repository")]
    [InlineData("[design](file:///etc/passwd)", "leaves the repository")]
    [InlineData("[table]: docs/gone.md\n\nSee [table].", "names a file that does not exist")]
    [InlineData("| a | b |\n|---|---|\n| ![picture](docs/gone.png) | x |", "names a file that does not exist")]
    public void A_broken_link_or_one_off_the_repository_is_reported_at_its_line(string markdown, string expected)
    {
        var problem = Assert.Single(Problems(markdown));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.StartsWith("README.md(", problem, StringComparison.Ordinal);
    }

    public void Dispose() => _repository.Dispose();
}
