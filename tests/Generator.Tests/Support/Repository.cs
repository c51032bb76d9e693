namespace Leaflet.Tests.Support;

/// <summary>Paths of the repository the tests run from, found by walking up to the folder that holds Leaflet.sln.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Tools => Path.Combine(Root, "tools");

    public static string TestProject => Path.Combine(Root, "tests", "Generator.Tests");

    public static string Fixtures => Path.Combine(TestProject, "Fixtures");

    public static string FixtureSite(string name) => Path.Combine(Fixtures, "Sites", name);

    public static string Golden(string name) => Path.Combine(Fixtures, "Golden", name);

    /// <summary>A source text a leaflet was written from, in sources/.</summary>
    public static string SourceText(string fileName) => Path.Combine(Root, "sources", fileName);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Leaflet.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} holds Leaflet.sln");
    }
}
