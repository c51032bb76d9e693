namespace Leaflet.Tests.Support;

/// <summary>
/// Expected files kept beside the tests. With LEAFLET_UPDATE_GOLDEN=1 a run writes what the build
/// made into the expected folder instead of comparing; read the diff before committing it.
/// </summary>
public static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("LEAFLET_UPDATE_GOLDEN") == "1";

    /// <summary>Compares one built file with its expected copy under Fixtures/Golden/&lt;name&gt;/, line by line.</summary>
    public static void Match(string name, string relative, string actual)
    {
        var path = Path.Combine([Repository.Golden(name), .. relative.Split('/')]);
        actual = actual.Replace("\r\n", "\n");
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new System.Text.UTF8Encoding(false));
            return;
        }
        Assert.True(File.Exists(path), $"no expected file {path}; run the tests with LEAFLET_UPDATE_GOLDEN=1 to write it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual) return;

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .First(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]);
        Assert.Fail($"{relative} differs from {path} at line {line + 1}:\n" +
                    $"  expected: {(line < expectedLines.Length ? expectedLines[line] : "<end of file>")}\n" +
                    $"  actual:   {(line < actualLines.Length ? actualLines[line] : "<end of file>")}\n" +
                    "If the change is intended, run the tests with LEAFLET_UPDATE_GOLDEN=1 and review the diff.");
    }

    /// <summary>The files kept for a golden site, relative to its folder with '/' separators.</summary>
    public static IReadOnlyList<string> Files(string name)
    {
        var root = Repository.Golden(name);
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
