using System.Text.RegularExpressions;
using Leaflet.Diagnostics;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Diagnostics;

/// <summary>
/// The reference's tables of codes (docs/reference/diagnostics.md) say what <see cref="DiagnosticCodes"/> declares: every code has one row
/// giving the catalogue's severity and meaning (Markdown backticks aside), no row names a code the
/// generator does not have, and each row's example is printed in the form the build prints it.
/// </summary>
public sealed partial class DiagnosticCodesReferenceTests
{
    /// <summary>The reference page every code is listed in.</summary>
    public static string ReferencePage => Path.Combine(Repository.Root, "docs", "reference", "diagnostics.md");

    /// <summary>A table row: code | severity | meaning | example, from the reference page and the READMEs under tools/.</summary>
    private sealed record Row(string Code, string Severity, string Meaning, string Text);

    private static IReadOnlyList<Row> Rows()
    {
        var readmes = Directory.EnumerateFiles(Repository.Tools, "README*.md", SearchOption.AllDirectories)
            .Prepend(ReferencePage);
        var rows = new List<Row>();
        foreach (var line in readmes.SelectMany(File.ReadLines))
        {
            var match = RowPattern().Match(line);
            if (!match.Success) continue;
            var cells = line.Trim('|', ' ').Split(" | ");
            Assert.True(cells.Length >= 4, $"a row of codes needs code | severity | meaning | example: {line}");
            rows.Add(new Row(match.Groups["code"].Value, cells[1].Trim(), cells[2].Trim(), line));
        }
        return rows;
    }

    private static DiagnosticCode? Declared(string id) => DiagnosticCodes.All.SingleOrDefault(c => c.Id == id);

    [Fact]
    public void The_tables_are_found_with_rows_from_every_group_of_codes()
    {
        var codes = Rows().Select(r => r.Code).ToList();
        foreach (var code in new[] { "LF1001", "LF2101", "LF3001", "LF4001", "LF5003", "LF9007" }) Assert.Contains(code, codes);
    }

    [Fact]
    public void Every_code_in_the_catalogue_has_exactly_one_row_in_the_reference()
    {
        var rows = Rows();
        var wrong = DiagnosticCodes.All
            .Select(c => (c.Id, Count: rows.Count(r => r.Code == c.Id)))
            .Where(c => c.Count != 1)
            .Select(c => $"{c.Id} has {c.Count} rows")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Every_row_states_the_catalogues_severity_and_meaning()
    {
        foreach (var row in Rows())
        {
            var code = Declared(row.Code);
            Assert.True(code is not null, $"the reference lists {row.Code}, which DiagnosticCodes does not declare: {row.Text}");
            Assert.Equal(code.Severity.ToString().ToLowerInvariant(), row.Severity);
            Assert.Equal(code.Description, row.Meaning.Replace("`", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_row_has_an_example_in_the_printed_form()
    {
        foreach (var row in Rows())
        {
            var example = Example().Matches(row.Text).Select(m => m.Groups[1].Value).FirstOrDefault(e => e.Contains(row.Code, StringComparison.Ordinal));
            Assert.True(example is not null, $"the reference row for {row.Code} has no `…{row.Code}: …` example: {row.Text}");
            var printed = Printed.Parse(example);
            Assert.Equal(Declared(row.Code)?.Severity.ToString().ToLowerInvariant(), printed.Severity);
        }
    }

    [GeneratedRegex(@"^\|\s*(?<code>LF\d{4})\s*\|")]
    private static partial Regex RowPattern();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Example();
}
