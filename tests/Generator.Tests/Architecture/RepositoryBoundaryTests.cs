using Leaflet.Tests.Support;

namespace Leaflet.Tests.Architecture;

/// <summary>
/// Issue 14: "Nothing outside the repository." No test, script or project file reads a file beside
/// the repository or elsewhere on the machine, so a fresh clone with nothing beside it passes.
/// </summary>
public sealed class RepositoryBoundaryTests
{
    /// <summary>The check and its samples, which name what it looks for.</summary>
    private static readonly string[] TheCheck =
    [
        "tests/Generator.Tests/Architecture/OutsidePaths.cs",
        "tests/Generator.Tests/Architecture/RepositoryBoundaryTests.cs",
    ];

    private static readonly string[] ProjectFileEndings = [".cs", ".sh", ".csproj", ".props", ".targets"];

    /// <summary>Every test, script and project file: under tests/, tools/ and .ci/, and the root's own.</summary>
    public static TheoryData<string> Files() => new(CheckedFiles());

    private static IReadOnlyList<string> CheckedFiles()
    {
        var candidates = new[] { "tests", "tools", ".ci" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Repository.Root));
        return candidates
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(IsScriptOrProject)
            .Where(f => !TheCheck.Contains(f))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsScriptOrProject(string relative)
    {
        if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal)) return false;
        if (relative.StartsWith(".ci/", StringComparison.Ordinal)) return true;
        return ProjectFileEndings.Any(ending => relative.EndsWith(ending, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_test_script_or_project_file_reads_outside_the_repository(string file)
    {
        var found = OutsidePaths.In(Repository.Root, Path.Combine(Repository.Root, file), SourceFiles.Read(file));
        Assert.True(found.Count == 0, $"{file} reads outside the repository:\n{string.Join("\n", found)}");
    }

    [Fact]
    public void The_files_checked_include_the_tests_the_scripts_and_the_projects()
    {
        var files = CheckedFiles();
        Assert.Contains("tests/Generator.Tests/Support/Repository.cs", files);
        Assert.Contains("tests/Generator.Tests/Site/EditionAlignmentTests.cs", files);
        Assert.Contains("tests/Benchmarks/run.sh", files);
        Assert.Contains(".ci/run", files);
        Assert.Contains("tools/Generator/Generator.csproj", files);
        Assert.Contains("Directory.Build.props", files);
    }

    [Theory]
    [InlineData("Path.GetFullPath(Path.Combine(Root, \"..\", \"common\", \"source\", fileName));")]
    [InlineData("var text = File.ReadAllText(Path.Combine(Repository.Root, \"../common/source/a.txt\"));")]
    [InlineData("var text = File.ReadAllText(\"/work/common/source/a.txt\");")]
    [InlineData("var home = Path.Join(\"~/notes\", name);")]
    public void The_check_finds_a_test_that_climbs_out_or_names_a_machine_folder(string line)
    {
        var file = Path.Combine(Repository.TestProject, "Site", "Sample.cs");
        Assert.Single(OutsidePaths.In(Repository.Root, file, "namespace A;\n" + line + "\n"));
    }

    [Theory]
    [InlineData("tests/Benchmarks/run.sh", "ROOT=$(cd \"$(dirname \"$0\")/../../..\" && pwd)")]
    [InlineData(".ci/run", "cat \"$(dirname \"$0\")/../../common/source/a.txt\"")]
    [InlineData("tests/Corpus/Corpus.csproj", "<ProjectReference Include=\"../../../elsewhere/Other.csproj\" />")]
    [InlineData("Directory.Build.props", "<Import Project=\"$(MSBuildThisFileDirectory)../common.props\" />")]
    public void The_check_finds_a_script_or_project_that_climbs_above_the_root(string file, string line)
    {
        Assert.Single(OutsidePaths.In(Repository.Root, Path.Combine(Repository.Root, file), line + "\n"));
    }

    [Theory]
    [InlineData("tests/Benchmarks/run.sh", "ROOT=$(cd \"$(dirname \"$0\")/../..\" && pwd); WORK=${BENCH_DIR:-/tmp/leaflet-bench}")]
    [InlineData("tests/Corpus/Corpus.csproj", "<ProjectReference Include=\"../../tools/Generator/Generator.csproj\" />")]
    [InlineData("tests/Generator.Tests/Site/Sample.cs", "[InlineData(\"ru/a/index.html\", \"../b/index.html\", \"ru/b/index.html\")]")]
    [InlineData("tests/Generator.Tests/Site/Sample.cs", "workspace.WriteContent(\"en/bad.md\", \"![A picture](../images/innocent.png)\");")]
    public void The_check_lets_paths_inside_the_repository_and_links_in_test_content_pass(string file, string line)
    {
        Assert.Empty(OutsidePaths.In(Repository.Root, Path.Combine(Repository.Root, file), line + "\n"));
    }
}
