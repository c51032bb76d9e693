using Leaflet.Links;

namespace Leaflet.Tests.Links;

/// <summary>
/// The fixture sites under Fixtures/Links/&lt;case&gt;/: a built site in site/ and the
/// diagnostics it must produce, one per line, in expected.txt. Run the tests with
/// LEAFLET_ACCEPT=1 to write what the checker found into the source tree's expected.txt,
/// then read the difference before committing it.
/// </summary>
internal static class FixtureSites
{
    public static string CaseFolder(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Links", name);

    public static string Site(string name) => Path.Combine(CaseFolder(name), "site");

    public static IReadOnlyList<string> Lines(LinkCheckReport report) =>
        report.Diagnostics.Select(d => d.ToString()).ToList();

    public static void AssertMatchesExpected(string name, LinkCheckReport report)
    {
        var actual = Lines(report);
        if (Environment.GetEnvironmentVariable("LEAFLET_ACCEPT") == "1")
            File.WriteAllLines(Path.Combine(SourceFixtures(), name, "expected.txt"), actual);
        var expected = File.ReadAllLines(Path.Combine(CaseFolder(name), "expected.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal));
        Assert.Equal(string.Join('\n', expected), string.Join('\n', actual));
    }

    private static string SourceFixtures() =>
        Path.Combine(SolutionFolder(), "tests", "Generator.Tests", "Fixtures", "Links");

    public static string SolutionFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Leaflet.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Leaflet.sln not found above the test output");
    }
}
