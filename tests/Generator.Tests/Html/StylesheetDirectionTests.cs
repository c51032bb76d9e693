using System.Text.RegularExpressions;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Html;

/// <summary>
/// The stylesheet says start and end, never left and right, so one set of rules lays out a
/// right-to-left page as the mirror of a left-to-right one.
/// </summary>
public sealed partial class StylesheetDirectionTests
{
    private static readonly string Stylesheet = Path.Combine(Repository.Templates, "assets", "site.css");

    /// <summary>Shorthands whose four-value form is top, right, bottom, left.</summary>
    private static readonly HashSet<string> BoxShorthands =
        ["margin", "padding", "inset", "border-width", "border-style", "border-color", "scroll-margin", "scroll-padding"];

    [Fact]
    public void No_declaration_names_a_physical_left_or_right()
    {
        var physical = Declarations(File.ReadAllText(Stylesheet)).Where(IsPhysical).Select(d => $"{d.Property}: {d.Value}").ToList();

        Assert.True(physical.Count == 0, "physical declarations in site.css:\n" + string.Join("\n", physical));
    }

    [Fact]
    public void The_scan_finds_each_kind_of_physical_declaration()
    {
        const string css = """
            .a { margin-left: 1rem; }
            .b { padding: 0 0 0 1rem; }
            .c { text-align: right; }
            .d { right: 0; }
            @media print { .e { border-right: 1px solid; } }
            """;
        var found = Declarations(css).Where(IsPhysical).Select(d => d.Property).ToList();
        Assert.Equal(["margin-left", "padding", "text-align", "right", "border-right"], found);
    }

    [Fact]
    public void Logical_and_symmetric_declarations_pass_the_scan()
    {
        const string css = ".a { margin-inline-start: 1rem; padding: 0 1rem; margin: 1.5rem 0 2rem; text-align: start; border-block-end: 1px solid; }";
        Assert.DoesNotContain(Declarations(css), IsPhysical);
    }

    private static bool IsPhysical((string Property, string Value) d) =>
        PhysicalName().IsMatch(d.Property)
        || (d.Property is "text-align" or "float" or "clear" or "caption-side" && PhysicalValue().IsMatch(d.Value))
        || (BoxShorthands.Contains(d.Property) && Values(d.Value) is [_, var right, _, var left] && right != left)
        || (d.Property == "border-radius" && Values(d.Value).Count > 1);

    /// <summary>Every declaration inside an innermost block, comments removed.</summary>
    private static IEnumerable<(string Property, string Value)> Declarations(string css)
    {
        var text = Comment().Replace(css, "");
        foreach (Match block in InnermostBlock().Matches(text))
            foreach (var declaration in block.Groups[1].Value.Split(';'))
            {
                var colon = declaration.IndexOf(':');
                if (colon < 0) continue;
                yield return (declaration[..colon].Trim().ToLowerInvariant(), declaration[(colon + 1)..].Trim());
            }
    }

    private static List<string> Values(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex InnermostBlock();

    [GeneratedRegex(@"(^|-)(left|right)($|-)")]
    private static partial Regex PhysicalName();

    [GeneratedRegex(@"\b(left|right)\b")]
    private static partial Regex PhysicalValue();
}
