using System.Text.RegularExpressions;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Architecture;

/// <summary>
/// "Namespaces equal folders": the folder a file sits in names its namespace, in the generator
/// (tools/Generator/Links/Rules → Leaflet.Links.Rules) and in its tests (tests/Generator.Tests/Pdf/Layout →
/// Leaflet.Tests.Pdf.Layout), so a type is found where its namespace says.
/// </summary>
public sealed partial class NamespaceFolderTests
{
    /// <summary>Files that declare no type and so no namespace: the top-level program and the assembly's attributes.</summary>
    private static readonly IReadOnlySet<string> WithoutNamespace = new HashSet<string>(StringComparer.Ordinal)
    {
        "tools/Generator/Program.cs",
        "tools/Generator/Properties/AssemblyInfo.cs",
    };

    public static TheoryData<string, string> Projects() => new()
    {
        { "tools/Generator", "Leaflet" },
        { "tests/Generator.Tests", "Leaflet.Tests" },
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_file_declares_the_namespace_its_folder_names(string project, string rootNamespace)
    {
        var files = SourceFiles.Under(project);
        Assert.True(files.Count > 20, $"only {files.Count} source files found under {project}");
        var wrong = new List<string>();
        foreach (var file in files)
        {
            var declared = Namespace().Matches(CSharpSource.Parse(SourceFiles.Read(file)).CodeText)
                .Select(m => m.Groups["name"].Value).Distinct().ToList();
            var expected = Expected(project, rootNamespace, file);
            if (WithoutNamespace.Contains(file))
            {
                if (declared.Count > 0) wrong.Add($"{file} declares {string.Join(", ", declared)} but is listed as declaring none");
            }
            else if (declared.Count != 1 || declared[0] != expected)
            {
                wrong.Add($"{file} declares {(declared.Count == 0 ? "no namespace" : string.Join(", ", declared))}, its folder names {expected}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void The_check_reads_a_file_in_a_nested_folder_as_its_nested_namespace()
    {
        Assert.Equal("Leaflet.Links.Rules", Expected("tools/Generator", "Leaflet", "tools/Generator/Links/Rules/FragmentRule.cs"));
        Assert.Equal("Leaflet", Expected("tools/Generator", "Leaflet", "tools/Generator/Top.cs"));
        var declared = Namespace().Match(CSharpSource.Parse("// namespace Not.This;\nnamespace Leaflet.Links.Rules;\n").CodeText);
        Assert.Equal("Leaflet.Links.Rules", declared.Groups["name"].Value);
    }

    private static string Expected(string project, string rootNamespace, string file)
    {
        var folder = Path.GetDirectoryName(file[(project.Length + 1)..])!.Replace('\\', '/');
        return folder.Length == 0 ? rootNamespace : $"{rootNamespace}.{folder.Replace('/', '.')}";
    }

    [GeneratedRegex(@"(?m)^\s*namespace\s+(?<name>[\w.]+)")]
    private static partial Regex Namespace();
}
