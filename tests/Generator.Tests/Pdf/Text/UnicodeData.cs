namespace Leaflet.Tests.Pdf.Text;

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

    /// <summary>The version a data file states in its first line, "# LineBreak-15.0.0.txt".</summary>
    public static string VersionOf(string relativePath)
    {
        var first = System.IO.File.ReadLines(File(relativePath)).First();
        var match = System.Text.RegularExpressions.Regex.Match(first, @"-(\d+\.\d+\.\d+)\.txt");
        if (!match.Success) throw new InvalidDataException($"{File(relativePath)}(1,1): no version in \"{first}\"");
        return match.Groups[1].Value;
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

    /// <summary>The data lines of a UCD property file as (first, last, value).</summary>
    public static IEnumerable<(int First, int Last, string Value)> Ranges(string relativePath) =>
        DataLines(relativePath).Select(fields => Parse(fields[0], fields[1]));

    /// <summary>
    /// The "# @missing:" lines of a UCD property file in file order: the values of the code points
    /// the file does not list, each line overriding the ones before it in its range.
    /// </summary>
    public static IEnumerable<(int First, int Last, string Value)> MissingDefaults(string relativePath) =>
        System.IO.File.ReadLines(File(relativePath))
            .Where(line => line.StartsWith("# @missing:", StringComparison.Ordinal))
            .Select(line => line["# @missing:".Length..].Split(';', StringSplitOptions.TrimEntries))
            .Select(fields => Parse(fields[0], fields[1]));

    private static (int, int, string) Parse(string codePoints, string value)
    {
        var range = codePoints.Split("..");
        var first = Convert.ToInt32(range[0], 16);
        var last = range.Length > 1 ? Convert.ToInt32(range[1], 16) : first;
        return (first, last, value);
    }
}
