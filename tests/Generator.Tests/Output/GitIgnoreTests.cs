using Leaflet.Output;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Output;

/// <summary>
/// The README's build command writes output/ and the folders beside it in the repository itself: none of
/// them may show up as changes to commit.
/// </summary>
public sealed class GitIgnoreTests
{
    [Fact]
    public void The_output_folder_and_the_folders_beside_it_are_ignored()
    {
        var ignored = File.ReadAllLines(Path.Combine(Repository.Root, ".gitignore"));
        var location = new OutputLocation(Path.Combine(Repository.Root, "output"));

        foreach (var path in new[] { location.Output, location.Staging, location.Previous, location.SwapJournal, location.Lock })
        {
            var name = Path.GetFileName(path);
            Assert.True(ignored.Any(line => line.Trim('/') == name), $"{name} is not in .gitignore");
        }
    }
}
