using System.Diagnostics;
using System.Text;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Fuzz;

/// <summary>
/// Each input the fuzzer (<see cref="ContentFuzzTests"/>) found to crash or hang the build, reduced
/// to its essence, now ends in a diagnostic. The builds run on a 1 MB stack, as the fuzzer's do.
/// </summary>
public sealed class FoundByFuzzingTests
{
    private static void AssertError(string relative, string text, string code, int line, string message)
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent(relative, text);

        var site = FoundCases.BuildOnSmallStack(workspace);

        Assert.False(site.Result.Published);
        var error = Assert.Single(site.Result.Diagnostics, d => d.Code == code);
        Assert.EndsWith("content/" + relative, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_link_with_an_escaped_NUL_names_no_article()
    {
        // Case 27 of seed 20261125: Path.GetFullPath threw "Null character in path".
        AssertError("en/bad.md", FoundCases.FrontMatter + "---\n\nSee [this](a%00b.md).\n", "LF1015", 9, "names no article");
    }

    [Fact]
    public void A_picture_with_an_escaped_NUL_cannot_exist()
    {
        AssertError("en/bad.md", FoundCases.FrontMatter + "---\n\n![A picture](images/a%00.png)\n", "LF1012", 9, "NUL");
    }

    [Theory]
    [InlineData("flow", 6)]
    [InlineData("mapping", 6)]
    [InlineData("block", 38)]
    public void Yaml_nested_thousands_deep_is_LF1002_where_it_passes_32_levels_instead_of_a_stack_overflow(string style, int line)
    {
        // YamlDotNet builds its tree recursively: 5,000 brackets overflow a 1 MB stack.
        var depth = 50_000;
        var deep = style switch
        {
            "flow" => "title: " + new string('[', depth) + new string(']', depth),
            "mapping" => "title: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "x" + new string('}', depth),
            _ => "title:\n" + string.Concat(Enumerable.Range(1, 300).Select(d => new string(' ', d) + "a:\n")) + new string(' ', 301) + "x",
        };
        AssertError("en/bad.md", FoundCases.FrontMatter.Replace("title: A leaflet\n", "") + deep + "\n---\n\nText.\n", "LF1002", line, "nested more than 32 levels");
    }

    [Fact]
    public void An_alias_bomb_is_LF1002_at_once_instead_of_billions_of_values()
    {
        // Case 2 of seed 20261125: a few lines naming each other expand to 9^9 values.
        var bomb = new StringBuilder("lol0: &lol0 \"lol\"\n");
        for (var level = 1; level < 10; level++)
            bomb.Append($"lol{level}: &lol{level} [{string.Join(", ", Enumerable.Repeat($"*lol{level - 1}", 9))}]\n");
        bomb.Append("? *lol9\n: a key that is the whole bomb\n");
        var clock = Stopwatch.StartNew();

        AssertError("en/_language.yaml", bomb + File.ReadAllText(Path.Combine(Repository.FixtureSite("basic"), "en", "_language.yaml")),
            "LF1002", 6, "more than 10,000 values");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"refusing the bomb took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("*", "*")]
    [InlineData("**_", "_**")]
    [InlineData("![", "](images/a.png)")]
    public void Inlines_nested_thousands_deep_are_LF1018_instead_of_a_stack_overflow_in_the_pdf(string open, string close)
    {
        // Case 555 of seed 20261125: Markdig lets emphasis nest thousands deep, deeper than a recursive
        // walk fits on a 1 MB stack.
        var depth = 3000;
        var text = FoundCases.FrontMatter + "---\n\nFirst paragraph.\n\n" + string.Concat(Enumerable.Repeat(open, depth)) + "deep" + string.Concat(Enumerable.Repeat(close, depth)) + "\n";
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("en/bad.md", text);

        var site = FoundCases.BuildOnSmallStack(workspace, noPdf: false);

        Assert.False(site.Result.Published);
        var error = Assert.Single(site.Result.Diagnostics, d => d.Code == "LF1018");
        // Where Markdig's own limit stops the parse first, it cannot say where: the body's first line.
        Assert.Contains(error.Line, new[] { 8, 11 });
        Assert.Contains("nested", error.Message);
    }

    [Fact]
    public void A_date_label_missing_from_a_language_is_LF1016_even_when_no_template_shows_it()
    {
        // Case 1113 of seed 20261125: the PDF stage looked up 'next_review' and threw. The default
        // templates show the label, so LF5003 stopped such a build first; a clinic's own might not.
        using var workspace = SiteWorkspace.FromFixture("basic", copyTemplates: true);
        var template = Path.Combine(workspace.TemplatesRoot, "leaflet.html");
        File.WriteAllText(template, File.ReadAllText(template).Replace("{{ t.next_review | html.escape }}", "Next review"));
        var language = Path.Combine(workspace.ContentRoot, "en", "_language.yaml");
        File.WriteAllLines(language, File.ReadAllLines(language).Where(l => !l.TrimStart().StartsWith("next_review:", StringComparison.Ordinal)));

        var site = FoundCases.BuildOnSmallStack(workspace, noPdf: false);

        Assert.False(site.Result.Published);
        Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF1016" && d.Message.Contains("'next_review'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("\uFFFF")]
    public void A_heading_with_a_noncharacter_gets_an_id_without_it(string noncharacter)
    {
        // Case 2749 of seed 20261125: U+FFFE in a heading made string.Normalize throw while ids were given.
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("en/odd.md", FoundCases.FrontMatter + $"---\n\nText.\n\n## Treatment of n{noncharacter}eoplasms\n\nMore text.\n");

        var site = FoundCases.BuildOnSmallStack(workspace);

        Assert.True(site.Result.Published, site.Printed);
        Assert.NotNull(site.Page("en/odd/index.html").GetElementById("treatment-of-neoplasms"));
    }
}
