using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Leaflet.Cli;
using Leaflet.Tests.Support;
using Leaflet.Tests.Validation;

namespace Leaflet.Tests.Cli;

/// <summary>
/// Issue 7: <c>leaflet status</c> prints leaflets × languages with the state of each translation,
/// counts per state and readability; <c>--json</c> gives the same for machines; exit code 0.
/// </summary>
public sealed partial class StatusCommandTests
{
    private sealed record Run(int Exit, string Output, string Error);

    private static Run Status(SiteWorkspace workspace, params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = -1;
        var thrown = Record.Exception(() => exit = StatusCommand.Run(["--content", workspace.ContentRoot, .. extra], output, error));
        Assert.True(thrown is null, $"leaflet status threw: {thrown}");
        return new Run(exit, output.ToString(), error.ToString());
    }

    private static void Translated(SiteWorkspace workspace, string relative)
    {
        var error = new StringWriter();
        var exit = TranslatedCommand.Run(["--content", workspace.ContentRoot, workspace.PathOf(relative)], new StringWriter(), error);
        Assert.True(exit == 0, error.ToString());
    }

    private const string Body = """
        Drink water often. Carry a bottle.

        ## When to drink

        - before a walk;
        - during a walk;
        - after a walk.
        """;

    private const string RussianBody = """
        Пейте воду часто. Носите с собой бутылку.

        ## Когда пить

        - перед прогулкой;
        - во время прогулки;
        - после прогулки.
        """;

    /// <summary>
    /// The real leaflet (up to date) and five more, one in each other state: alpha up to date,
    /// beta out of date in one section, gamma with a list item less, delta not translated,
    /// epsilon translated without a record.
    /// </summary>
    private static SiteWorkspace EveryState()
    {
        var workspace = RealContentCopy.Create();
        foreach (var slug in new[] { "alpha", "beta", "gamma", "delta", "epsilon" })
            workspace.WriteContent($"en/{slug}.md", Leaflets.Text(Body, $"Leaflet {slug}"));
        foreach (var slug in new[] { "alpha", "beta", "epsilon" })
            workspace.WriteContent($"ru/{slug}.md", Leaflets.Text(RussianBody, $"Памятка {slug}"));
        workspace.WriteContent("ru/gamma.md", Leaflets.Text(RussianBody.Replace("\n- после прогулки.", ""), "Памятка gamma"));
        Translated(workspace, "ru/alpha.md");
        Translated(workspace, "ru/beta.md");
        Translated(workspace, "ru/gamma.md");
        workspace.Change("en/beta.md", "- after a walk.", "- after a long walk.");
        return workspace;
    }

    /// <summary>
    /// The real content's languages other than the two <see cref="EveryState"/> writes in: each holds
    /// the real leaflet, up to date, and none of the five others, which are missing there.
    /// </summary>
    private static int OtherLanguages(SiteWorkspace workspace) =>
        ContentInfo.Read(workspace.ContentRoot).Languages.Count(l => l.Code is not ("en" or "ru"));

    private static IReadOnlyList<string[]> Rows(string table) =>
        table.Replace("\r\n", "\n").Split('\n')
            .Skip(1)
            .TakeWhile(l => l.Length > 0)
            .Select(l => Columns().Split(l.Trim()))
            .ToList();

    private static string[] Row(IReadOnlyList<string[]> rows, string leaflet, string language) =>
        Assert.Single(rows, r => r[0] == leaflet && r[1] == language);

    [Fact]
    public void The_table_shows_each_state_and_exits_with_0()
    {
        using var workspace = EveryState();

        var run = Status(workspace);

        Assert.True(run.Exit == 0, run.Error);
        var lines = run.Output.Replace("\r\n", "\n").Split('\n');
        Assert.Equal(["leaflet", "language", "state", "sentences", "words", "words/sentence", "reading ease", "long sentences", "words to avoid"],
            Columns().Split(lines[0].Trim()));
        var rows = Rows(run.Output);
        Assert.Equal(6 * (2 + OtherLanguages(workspace)), rows.Count);
        Assert.Equal("up to date", Row(rows, RealContentCopy.Slug, "ru")[2]);
        Assert.Equal("up to date", Row(rows, "alpha", "ru")[2]);
        Assert.Equal("out of date (when-to-drink)", Row(rows, "beta", "ru")[2]);
        Assert.Equal("structure differs", Row(rows, "gamma", "ru")[2]);
        Assert.Equal("missing", Row(rows, "delta", "ru")[2]);
        Assert.Equal("not recorded", Row(rows, "epsilon", "ru")[2]);
        Assert.All(rows.Where(r => r[1] == "en"), r => Assert.Equal("source", r[2]));
    }

    [Fact]
    public void The_table_ends_with_the_counts_of_each_state()
    {
        using var workspace = EveryState();

        var run = Status(workspace);

        var counts = run.Output.Replace("\r\n", "\n").TrimEnd().Split('\n')[^1];
        var match = CountsLine().Match(counts);
        Assert.True(match.Success, $"unexpected counts line '{counts}'");
        Assert.Equal("6", match.Groups["leaflets"].Value);
        var others = OtherLanguages(workspace);
        Assert.Equal((2 + others).ToString(CultureInfo.InvariantCulture), match.Groups["languages"].Value);
        var byState = match.Groups["counts"].Value.Split(", ")
            .Select(c => c.Split(' ', 2))
            .ToDictionary(c => c[1], c => int.Parse(c[0], CultureInfo.InvariantCulture));
        Assert.Equal(new Dictionary<string, int>
        {
            ["source"] = 6, ["up to date"] = 2 + others, ["out of date"] = 1, ["structure differs"] = 1, ["missing"] = 1 + 5 * others, ["not recorded"] = 1,
        }, byState);
    }

    [Fact]
    public void The_table_gives_plausible_readability_for_every_existing_article_and_none_for_a_missing_one()
    {
        using var workspace = EveryState();

        var rows = Rows(Status(workspace).Output);

        foreach (var language in new[] { "en", "ru" })
        {
            var row = Row(rows, RealContentCopy.Slug, language);
            var sentences = double.Parse(row[3], CultureInfo.InvariantCulture);
            var words = double.Parse(row[4], CultureInfo.InvariantCulture);
            var perSentence = double.Parse(row[5], CultureInfo.InvariantCulture);
            var ease = double.Parse(row[6], CultureInfo.InvariantCulture);
            Assert.InRange(sentences, 50, 500);
            Assert.InRange(words, 1000, 5000);
            Assert.InRange(perSentence, words / sentences - 0.06, words / sentences + 0.06);
            Assert.InRange(ease, 0, 100);
        }
        Assert.Equal(["–", "–", "–", "–", "–", "–"], Row(rows, "delta", "ru")[3..]);
    }

    [Fact]
    public void Json_lists_every_leaflet_in_every_language_with_its_state_file_changed_sections_and_readability()
    {
        using var workspace = EveryState();

        var run = Status(workspace, "--json");

        Assert.True(run.Exit == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(6 * (2 + OtherLanguages(workspace)), rows.Count);
        JsonElement Find(string leaflet, string language) =>
            Assert.Single(rows, r => r.GetProperty("leaflet").GetString() == leaflet && r.GetProperty("language").GetString() == language);

        var states = rows.Where(r => r.GetProperty("language").GetString() == "ru")
            .ToDictionary(r => r.GetProperty("leaflet").GetString()!, r => r.GetProperty("state").GetString());
        Assert.Equal(new Dictionary<string, string?>
        {
            ["alpha"] = "up to date", ["beta"] = "out of date", ["gamma"] = "structure differs", ["delta"] = "missing",
            ["epsilon"] = "not recorded", [RealContentCopy.Slug] = "up to date",
        }, states);

        var beta = Find("beta", "ru");
        Assert.Equal(["when-to-drink"], beta.GetProperty("changed_sections").EnumerateArray().Select(e => e.GetString()));
        Assert.EndsWith("content/ru/beta.md", beta.GetProperty("file").GetString()!.Replace('\\', '/'));

        var missing = Find("delta", "ru");
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("file").ValueKind);
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("readability").ValueKind);

        var english = Find(RealContentCopy.Slug, "en").GetProperty("readability");
        var sentences = english.GetProperty("sentences").GetInt32();
        var words = english.GetProperty("words").GetInt32();
        Assert.InRange(sentences, 50, 500);
        Assert.InRange(english.GetProperty("words_per_sentence").GetDouble(), (double)words / sentences - 0.06, (double)words / sentences + 0.06);
        Assert.InRange(english.GetProperty("score").GetDouble(), 0, 100);
        Assert.Equal("Flesch reading ease", english.GetProperty("formula").GetString());
        var russian = Find(RealContentCopy.Slug, "ru").GetProperty("readability");
        Assert.InRange(russian.GetProperty("score").GetDouble(), 0, 100);
        Assert.Contains("Оборнев", russian.GetProperty("formula").GetString());
    }

    [Fact]
    public void A_language_without_a_readability_block_gets_counts_but_no_score()
    {
        using var workspace = RealContentCopy.Create();
        var language = workspace.ReadContent("ru/_language.yaml");
        var start = language.IndexOf("readability:\n", StringComparison.Ordinal);
        var end = language.IndexOf("strings:\n", StringComparison.Ordinal);
        workspace.WriteContent("ru/_language.yaml", language[..start] + language[end..]);

        var table = Status(workspace);
        var json = Status(workspace, "--json");

        Assert.True(table.Exit == 0, table.Error);
        var row = Row(Rows(table.Output), RealContentCopy.Slug, "ru");
        Assert.True(int.Parse(row[3], CultureInfo.InvariantCulture) > 0);
        Assert.True(int.Parse(row[4], CultureInfo.InvariantCulture) > 0);
        Assert.Equal("–", row[6]);
        using var document = JsonDocument.Parse(json.Output);
        var readability = document.RootElement.EnumerateArray()
            .Single(r => r.GetProperty("language").GetString() == "ru").GetProperty("readability");
        Assert.True(readability.GetProperty("words").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, readability.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Null, readability.GetProperty("formula").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, document.RootElement.EnumerateArray()
            .Single(r => r.GetProperty("language").GetString() == "en").GetProperty("readability").GetProperty("score").ValueKind);
    }

    /// <summary>No reading-ease formula is defined for Arabic here: a Flesch score of Arabic words would be a wrong number.</summary>
    [Fact]
    public void A_right_to_left_language_without_a_formula_shows_a_dash_for_reading_ease_and_counts_its_sentences()
    {
        using var workspace = RealContentCopy.Create();
        TempFolder.CopyDirectory(Repository.FixtureSite("arabic"), workspace.ContentRoot);
        // Status reads no font; the fixture's Noto files are copied only for the PDF tests.
        var language = workspace.ReadContent("ar/_language.yaml");
        workspace.WriteContent("ar/_language.yaml", language[..language.IndexOf("fonts:", StringComparison.Ordinal)] + language[language.IndexOf("strings:", StringComparison.Ordinal)..]);
        workspace.WriteContent("ar/question.md", Leaflets.Text("هل هي ورم وعائي؟ اسأل الطبيب. هذا شائع."));

        var run = Status(workspace);

        Assert.True(run.Exit == 0, run.Error);
        var row = Row(Rows(run.Output), RealContentCopy.Slug, "ar");
        Assert.Equal("–", row[6]);
        Assert.True(int.Parse(row[3], CultureInfo.InvariantCulture) > 5);
        Assert.Equal(["3", "8", "2.7"], Row(Rows(run.Output), "question", "ar")[3..6]);
        Assert.NotEqual("–", Row(Rows(run.Output), RealContentCopy.Slug, "en")[6]);
    }

    [Fact]
    public void Status_reports_the_same_state_as_the_build_warns_with()
    {
        using var workspace = EveryState();

        var rows = Rows(Status(workspace).Output);
        var site = workspace.BuildSafely();

        // Each state but "up to date" and "source" is one warning of its own code, for exactly the files in that state.
        var codes = new Dictionary<string, string>
        {
            [StatusStates.OutOfDate] = "LF2102", [StatusStates.StructureDiffers] = "LF2101", [StatusStates.Missing] = "LF2001", [StatusStates.NotRecorded] = "LF2103",
        };
        foreach (var (state, code) in codes)
        {
            var inState = rows.Where(r => r[2].StartsWith(state, StringComparison.Ordinal)).Select(r => $"content/{r[1]}/{r[0]}.md").Order(StringComparer.Ordinal);
            var warned = site.Result.Diagnostics.Where(d => d.Code == code).Select(d => d.File[d.File.IndexOf("content/", StringComparison.Ordinal)..]).Order(StringComparer.Ordinal);
            Assert.Equal(inState, warned);
        }
        Assert.Equal(2 + OtherLanguages(workspace), rows.Count(r => r[2] == StatusStates.UpToDate));
    }

    [Fact]
    public void Status_and_the_build_agree_on_a_source_heading_named_like_an_element_of_the_page()
    {
        // The build gives "## Main" the id main-1 (the page has <main id="main">); status must hash sections alike.
        using var workspace = RealContentCopy.Create();
        workspace.WriteContent("en/first-aid.md", Leaflets.Text("Cool the burn.\n\n## Main\n\nUse cool running water."));
        workspace.WriteContent("ru/first-aid.md", Leaflets.Text("Охладите ожог.\n\n## Главное\n\nИспользуйте прохладную проточную воду."));
        Translated(workspace, "ru/first-aid.md");

        var state = Row(Rows(Status(workspace).Output), "first-aid", "ru")[2];
        var warned = workspace.BuildSafely().PrintedWith("LF2102").Any(p => p.Contains("ru/first-aid.md", StringComparison.Ordinal));

        Assert.True(state == StatusStates.UpToDate && !warned,
            $"status says '{state}', the build {(warned ? "warns LF2102" : "does not warn")} about the same translation");
    }

    [Fact]
    public void Wrong_usage_exits_with_2()
    {
        using var workspace = RealContentCopy.Create();
        Assert.Equal(2, Status(workspace, "--jsn").Exit);
        Assert.Equal(2, Status(workspace, "stray").Exit);
    }

    /// <summary>The words the table uses for each state, as the issue names them.</summary>
    private static class StatusStates
    {
        public const string UpToDate = "up to date";
        public const string OutOfDate = "out of date";
        public const string StructureDiffers = "structure differs";
        public const string Missing = "missing";
        public const string NotRecorded = "not recorded";
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Columns();

    [GeneratedRegex(@"^(?<leaflets>\d+) leaflets?, (?<languages>\d+) languages?: (?<counts>.+)$")]
    private static partial Regex CountsLine();
}
