namespace Leaflet.Tests.Pdf.Text.LineBreaking;

/// <summary>
/// Debian's copy of the Unicode Character Database (package unicode-data). Tests that need it skip
/// where it is missing, except in CI (CI=true), where .ci/run installs it and its absence fails.
/// </summary>
public static class UnicodeData
{
    public const string Folder = "/usr/share/unicode";

    public static string File(string relativePath) => Path.Combine(Folder, relativePath);

    public static void SkipUnlessInstalled()
    {
        if (System.IO.File.Exists(File("LineBreak.txt")) && System.IO.File.Exists(File("auxiliary/LineBreakTest.txt"))) return;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException($"the Unicode Character Database is missing from {Folder}; CI must run: apt-get install unicode-data");
        Skip.If(true, $"the Unicode Character Database is missing from {Folder}; to run this test: apt-get install unicode-data");
    }

    /// <summary>The version a data file states in its first line, "# LineBreak-15.0.0.txt" or "# emoji-data.txt" followed by a version line.</summary>
    public static string VersionOf(string relativePath)
    {
        var first = System.IO.File.ReadLines(File(relativePath)).First();
        var match = System.Text.RegularExpressions.Regex.Match(first, @"-(\d+\.\d+\.\d+)\.txt");
        if (!match.Success) throw new InvalidDataException($"{File(relativePath)}(1,1): no version in \"{first}\"");
        return match.Groups[1].Value;
    }

    /// <summary>The data lines of a UCD property file as (first, last, value), comments and blank lines dropped.</summary>
    public static IEnumerable<(int First, int Last, string Value)> Ranges(string relativePath)
    {
        foreach (var raw in System.IO.File.ReadLines(File(relativePath)))
        {
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length > 0) yield return Parse(line);
        }
    }

    /// <summary>
    /// The "# @missing:" lines of a UCD property file in file order: the values of the code points
    /// the file does not list, each line overriding the ones before it in its range.
    /// </summary>
    public static IEnumerable<(int First, int Last, string Value)> MissingDefaults(string relativePath) =>
        System.IO.File.ReadLines(File(relativePath))
            .Where(line => line.StartsWith("# @missing:", StringComparison.Ordinal))
            .Select(line => Parse(line["# @missing:".Length..]));

    private static (int, int, string) Parse(string line)
    {
        var fields = line.Split(';', StringSplitOptions.TrimEntries);
        var range = fields[0].Split("..");
        var first = Convert.ToInt32(range[0], 16);
        var last = range.Length > 1 ? Convert.ToInt32(range[1], 16) : first;
        return (first, last, fields[1]);
    }
}
