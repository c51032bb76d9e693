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
    private const string FrontMatter = """
        ---
        title: A leaflet
        description: A description long enough to be shown by a search engine.
        published: 2026-11-24
        last_reviewed: 2026-11-24
        next_review: 2027-11-24

        """;

    private static BuiltSite BuildOnSmallStack(SiteWorkspace workspace, bool noPdf = true)
    {
        BuiltSite? site = null;
        Exception? thrown = null;
        var thread = new Thread(() =>
        {
            try { site = workspace.Build(noPdf: noPdf); }
            catch (Exception e) { thrown = e; }
        }, FuzzRunner.StackSize);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(10)), "the build did not end within 10 s");
        Assert.Null(thrown);
        return site!;
    }

    private static void AssertError(string relative, string text, string code, int line, string message)
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent(relative, text);

        var site = BuildOnSmallStack(workspace);

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
        AssertError("en/bad.md", FrontMatter + "---\n\nSee [this](a%00b.md).\n", "LF1015", 9, "names no article");
    }

    [Fact]
    public void A_picture_with_an_escaped_NUL_cannot_exist()
    {
        AssertError("en/bad.md", FrontMatter + "---\n\n![A picture](images/a%00.png)\n", "LF1012", 9, "NUL");
    }

    [Theory]
    [InlineData("flow", 6)]
    [InlineData("mapping", 6)]
    [InlineData("block", 38)]
    public void Yaml_nested_thousands_deep_is_LF1002_where_it_passes_32_levels_instead_of_a_stack_overflow(string style, int line)
    {
        // YamlDotNet builds its tree recursively: 5,000 brackets ended the whole process on a 1 MB stack.
        var depth = 50_000;
        var deep = style switch
        {
            "flow" => "title: " + new string('[', depth) + new string(']', depth),
            "mapping" => "title: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "x" + new string('}', depth),
            _ => "title:\n" + string.Concat(Enumerable.Range(1, 300).Select(d => new string(' ', d) + "a:\n")) + new string(' ', 301) + "x",
        };
        AssertError("en/bad.md", FrontMatter.Replace("title: A leaflet\n", "") + deep + "\n---\n\nText.\n", "LF1002", line, "nested more than 32 levels");
    }

    [Fact]
    public void An_alias_bomb_is_LF1002_at_once_instead_of_billions_of_values()
    {
        // Case 2 of seed 20261125 took 9.7 s of the 10 s allowed: a few lines naming each other expand to 9^9 values.
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
    [InlineData("\\uFFFF", false)]
    [InlineData("\\u0001", true)]
    public void A_title_with_a_character_xml_cannot_hold_does_not_break_the_pdf_metadata(string escape, bool drawable)
    {
        // Case 88 of seed 20261125: U+FFFF in a title made the XMP writer throw inside the PDF stage.
        // U+FFFF is not in the fonts (LF4001); a control character draws as nothing and the site is published.
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("en/sun-safety.md", workspace.ReadContent("en/sun-safety.md").Replace("title: Sun safety", $"title: \"Sun {escape} safety\""));

        var site = BuildOnSmallStack(workspace, noPdf: false);

        Assert.Equal(drawable, site.Result.Published);
        if (drawable) Assert.True(site.Exists("en/sun-safety/sun-safety-en.pdf"));
        else Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF4001" && d.File.EndsWith("en/sun-safety.md", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("*", "*")]
    [InlineData("**_", "_**")]
    [InlineData("![", "](images/a.png)")]
    public void Inlines_nested_thousands_deep_are_LF1018_instead_of_a_stack_overflow_in_the_pdf(string open, string close)
    {
        // Case 555 of seed 20261125: Markdig let emphasis nest over 1,500 levels, and the PDF stage's
        // recursive walk over them ended the process on a 1 MB stack.
        var depth = 3000;
        var text = FrontMatter + "---\n\nFirst paragraph.\n\n" + string.Concat(Enumerable.Repeat(open, depth)) + "deep" + string.Concat(Enumerable.Repeat(close, depth)) + "\n";
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("en/bad.md", text);

        var site = BuildOnSmallStack(workspace, noPdf: false);

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

        var site = BuildOnSmallStack(workspace, noPdf: false);

        Assert.False(site.Result.Published);
        Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF1016" && d.Message.Contains("'next_review'", StringComparison.Ordinal));
    }

    [Fact]
    public void Callouts_nested_thirty_deep_print_on_a_few_pages_not_thousands()
    {
        // Case 1291 of seed 7: 12 KB of nested callouts took 4.3 s and 3,800 pages, each indent and padding
        // taking room from the next until a line held one letter. Past a third of the column they stop.
        var text = new System.Text.StringBuilder(FrontMatter + "---\n\n");
        const int depth = 30;
        for (var level = 0; level < depth; level++)
            text.Append(new string(':', 3 + depth - level)).Append(" callout\n").Append($"Words on level {level}, enough of them to wrap a line or two of the column. \n\n");
        for (var level = depth - 1; level >= 0; level--) text.Append(new string(':', 3 + depth - level)).Append('\n');
        text.Append('\n').Append(string.Concat(Enumerable.Range(0, depth).Select(level => new string(' ', 2 * level) + $"- item {level} of a deep list with some words\n")));
        using var workspace = SiteWorkspace.FromFixture("basic");
        workspace.WriteContent("en/deep.md", text.ToString());
        var clock = Stopwatch.StartNew();

        var site = BuildOnSmallStack(workspace, noPdf: false);

        Assert.True(site.Result.Published, site.Printed);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(site.Bytes("en/deep/deep-en-large-print.pdf"));
        Assert.InRange(pdf.NumberOfPages, 1, 12);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the build took {clock.Elapsed}");
    }
}
