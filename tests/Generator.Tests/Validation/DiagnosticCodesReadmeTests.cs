using System.Text.RegularExpressions;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Validation;

/// <summary>
/// Issue 7, done when "the README lists every diagnostic code with a one-line example": every code
/// the generator can emit has a row in a README table whose example is printed in the form the
/// build prints it.
/// </summary>
public sealed partial class DiagnosticCodesReadmeTests
{
    /// <summary>Every LFnnnn written in the generator's source.</summary>
    private static IReadOnlySet<string> CodesInSource() =>
        Directory.EnumerateFiles(Repository.Tools, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Code().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Code → example from the table rows of README.md and of the READMEs under tools/ (the PDF stage keeps its own).</summary>
    private static IReadOnlyDictionary<string, string> Documented()
    {
        var readmes = Directory.EnumerateFiles(Repository.Tools, "README*.md", SearchOption.AllDirectories)
            .Prepend(Path.Combine(Repository.Root, "README.md"));
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in readmes.SelectMany(File.ReadLines))
        {
            var match = Row().Match(line);
            if (match.Success) rows.TryAdd(match.Groups["code"].Value, line);
        }
        return rows;
    }

    [Fact]
    public void The_check_finds_the_codes_it_should()
    {
        var codes = CodesInSource();
        Assert.Contains("LF1001", codes);
        Assert.Contains("LF2101", codes);
        Assert.Contains("LF5003", Documented().Keys.Concat(codes));
    }

    [Fact]
    public void Every_code_the_generator_emits_is_in_a_readme_table()
    {
        var documented = Documented();
        var missing = CodesInSource().Where(c => !documented.ContainsKey(c)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"no README row for {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_readme_row_has_an_example_in_the_printed_form()
    {
        foreach (var (code, row) in Documented())
        {
            var example = Example().Matches(row).Select(m => m.Groups[1].Value).FirstOrDefault(e => e.Contains(code, StringComparison.Ordinal));
            Assert.True(example is not null, $"the README row for {code} has no `…{code}: …` example: {row}");
            Printed.Parse(example);
        }
    }

    [GeneratedRegex(@"\bLF\d{4}\b")]
    private static partial Regex Code();

    [GeneratedRegex(@"^\|\s*(?<code>LF\d{4})\s*\|")]
    private static partial Regex Row();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Example();
}
