using System.Text;
using Markdig.Syntax;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Docs;

/// <summary>The README is a front page: short, with the two commands a fresh clone runs; the rest is under docs/.</summary>
public sealed class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

    [Fact]
    public void The_readme_is_at_most_ten_kilobytes()
    {
        var bytes = Encoding.UTF8.GetByteCount(Readme);
        Assert.True(bytes <= 10 * 1024, $"README.md is {bytes:N0} bytes; move detail under docs/ to keep it at most 10,240");
    }

    [Fact]
    public void The_readme_gives_the_build_and_the_test_command_in_one_block()
    {
        var block = MarkdownLinks.Parse(Readme).Descendants<FencedCodeBlock>()
            .Select(b => string.Join("\n", b.Lines.Lines.Take(b.Lines.Count).Select(l => l.ToString())))
            .FirstOrDefault(b => b.Contains("dotnet test", StringComparison.Ordinal));
        Assert.NotNull(block);
        Assert.Contains("dotnet run -c Release --project tools/Generator -- build", block, StringComparison.Ordinal);
    }
}
