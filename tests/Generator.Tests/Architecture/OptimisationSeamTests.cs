using System.Text.RegularExpressions;

namespace Leaflet.Tests.Architecture;

/// <summary>
/// Each optimisation sits behind one seam, so that removing it touches no caller
/// (docs/decisions/0030-strict-page-scanner.md, 0031-recycled-staging-folder.md): only the seam names it.
/// </summary>
public sealed class OptimisationSeamTests
{
    public static TheoryData<string, string, string[]> Seams() => new()
    {
        {
            "the strict page scanner", @"\bStrict(First)?PageScanner\b|\bLeaflet\.Links\.Strict\b",
            ["tools/Generator/Links/Strict/", "tools/Generator/Links/PageScanners.cs"]
        },
        {
            "the full HTML parser's scanner, asked for through PageScanners", @"\bnew PageScanner\(",
            ["tools/Generator/Links/PageScanners.cs"]
        },
        {
            "the recycled staging folder", @"\bRecycledFiles\b|\bEarlierFile\b",
            ["tools/Generator/Output/RecycledFiles.cs", "tools/Generator/Output/StagingFolder.cs"]
        },
    };

    [Theory]
    [MemberData(nameof(Seams))]
    public void Only_its_seam_names_an_optimisation(string optimisation, string pattern, string[] seam)
    {
        var naming = SourceFiles.UnderTools()
            .Where(f => Regex.IsMatch(CSharpSource.Parse(SourceFiles.Read(f)).CodeText, pattern))
            .ToList();
        Assert.NotEmpty(naming);
        var outside = naming.Where(f => !seam.Any(s => f.StartsWith(s, StringComparison.Ordinal))).ToList();
        Assert.True(outside.Count == 0, $"{optimisation} is named outside its seam by {string.Join(", ", outside)}");
    }
}
