namespace Leaflet.Tests.Pdf.Text.Bidi;

/// <summary>
/// The Unicode Character Database Debian's <c>unicode-data</c> installs. A test that needs it skips
/// when it is absent, naming the package, except in CI (CI=true), where .ci/run installs it and its
/// absence is a failure.
/// </summary>
public static class UnicodeData
{
    public const string Folder = "/usr/share/unicode";

    public static string File(string relativePath) => Path.Combine(Folder, relativePath);

    public static void Require(params string[] relativePaths)
    {
        var missing = relativePaths.Where(p => !System.IO.File.Exists(File(p))).ToList();
        if (missing.Count == 0) return;
        var message = $"{string.Join(", ", missing.Select(File))} not found (apt-get install unicode-data)";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"{message}; CI must install it.");
        Skip.If(true, $"{message}; skipped outside CI.");
    }

    /// <summary>The version a UCD file states on its first line, "# Name-15.0.0.txt".</summary>
    public static string VersionOf(string relativePath)
    {
        var first = System.IO.File.ReadLines(File(relativePath)).First();
        var dash = first.LastIndexOf('-');
        var dot = first.LastIndexOf(".txt", StringComparison.Ordinal);
        return first[(dash + 1)..dot];
    }

    /// <summary>The fields of every data line: comments dropped, blank lines skipped, fields trimmed.</summary>
    public static IEnumerable<string[]> DataLines(string relativePath)
    {
        foreach (var line in System.IO.File.ReadLines(File(relativePath)))
        {
            var hash = line.IndexOf('#');
            var data = hash < 0 ? line : line[..hash];
            if (data.Trim().Length == 0) continue;
            yield return data.Split(';').Select(f => f.Trim()).ToArray();
        }
    }
}
