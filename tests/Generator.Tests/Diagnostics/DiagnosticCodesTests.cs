using System.Reflection;
using System.Text.RegularExpressions;
using Leaflet.Diagnostics;
using Leaflet.Tests.Architecture;

namespace Leaflet.Tests.Diagnostics;

/// <summary>
/// "Every diagnostic code is declared once in Diagnostics/": the catalogue holds each code once, and no
/// other source file under tools/ writes a code, so a code's severity and meaning live in one place.
/// </summary>
public sealed partial class DiagnosticCodesTests
{
    private const string Catalogue = "tools/Generator/Diagnostics/";

    [Fact]
    public void Every_code_is_declared_once_as_LF_and_four_digits_with_a_one_line_description()
    {
        var ids = DiagnosticCodes.All.Select(c => c.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(DiagnosticCodes.All, c =>
        {
            Assert.Matches(CodePattern(), c.Id);
            Assert.False(string.IsNullOrWhiteSpace(c.Description), $"{c.Id} has no description");
            Assert.DoesNotContain('\n', c.Description);
        });
    }

    [Fact]
    public void The_list_of_all_codes_holds_every_declared_code()
    {
        var declared = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .ToList();
        Assert.True(declared.Count > 60, $"only {declared.Count} codes found by reflection");
        Assert.Equal(declared.OrderBy(c => c.Id, StringComparer.Ordinal), DiagnosticCodes.All);
    }

    [Fact]
    public void A_diagnostic_takes_its_severity_from_its_code()
    {
        Assert.Equal(Severity.Warning, Diagnostic.Of(DiagnosticCodes.UnknownField, "x.md", 3, 1, "m").Severity);
        Assert.Equal("x.md(3,1): error LF1004: m", Diagnostic.Of(DiagnosticCodes.FieldInvalid, "x.md", 3, 1, "m").ToString());
    }

    [Fact]
    public void No_source_file_outside_the_catalogue_writes_a_diagnostic_code()
    {
        var files = SourceFiles.UnderTools();
        Assert.Contains(files, f => f.StartsWith(Catalogue, StringComparison.Ordinal));
        var written = new List<string>();
        foreach (var file in files.Where(f => !f.StartsWith(Catalogue, StringComparison.Ordinal)))
        {
            var source = CSharpSource.Parse(SourceFiles.Read(file));
            written.AddRange(source.Literals.Append(source.CodeText)
                .SelectMany(text => Code().Matches(text))
                .Select(m => $"{file}: {m.Value}"));
        }
        Assert.True(written.Count == 0, "codes written outside Diagnostics/:\n" + string.Join("\n", written));
    }

    [Fact]
    public void The_source_check_finds_a_code_in_a_literal_and_in_an_interpolated_string()
    {
        var source = CSharpSource.Parse("""
            // LF1001 in a comment is only prose
            var a = "LF1006";
            var b = $"leaflet: error LF9001: {message}";
            """);
        var found = source.Literals.Append(source.CodeText).SelectMany(t => Code().Matches(t)).Select(m => m.Value).ToList();
        Assert.Equal(["LF1006", "LF9001"], found.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^LF\d{4}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"LF\d{4}")]
    private static partial Regex Code();
}
