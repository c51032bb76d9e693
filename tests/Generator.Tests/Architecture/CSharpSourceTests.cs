namespace Leaflet.Tests.Architecture;

/// <summary>The lexer the architecture tests rely on: if it missed a literal, they would pass for nothing.</summary>
public sealed class CSharpSourceTests
{
    private static readonly CSharpSource Sample = CSharpSource.Parse(""""
        // "in-a-comment"
        /* "in-a-block" */
        var a = "regular \"quoted\"";
        var b = @"verbatim ""quoted""";
        var c = $"before {Pick("in-hole")} after {{braces}}";
        var d = """
            raw-multi-line
            """;
        var e = $$"""raw {{Hole("in-raw-hole")}} text""";
        var f = '"';
        var g = "";
        var @class = "after-a-char";
        """");

    [Fact]
    public void Literals_of_every_kind_are_found_in_order()
    {
        var literals = Sample.Literals.Select(l => l.Trim()).ToList();
        Assert.Equal(
            ["regular \"quoted\"", "verbatim \"quoted\"", "before", "in-hole", "after {braces}", "raw-multi-line",
             "raw", "in-raw-hole", "text", "", "after-a-char"],
            literals);
    }

    [Fact]
    public void Comments_are_neither_code_nor_literals()
    {
        Assert.DoesNotContain(Sample.Literals, l => l.Contains("comment") || l.Contains("block"));
        Assert.DoesNotContain("comment", Sample.CodeText);
        Assert.Contains("Pick(", Sample.CodeText);
        Assert.DoesNotContain("in-hole", Sample.CodeText);
    }
}
