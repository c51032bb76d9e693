using System.Text.Json;
using Leaflet.Cli;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Validation;

/// <summary>
/// Clinical review questions in the front matter (Fixtures/Sites/review): an open question is a warning
/// at its passage in the file, so <c>--strict</c> fails until a reviewer closes it; a closed one is the
/// record of the review and says nothing; a malformed one is an error at its own line and column.
/// </summary>
public sealed class ClinicalQuestionsTests
{
    private const string English = "en/first-aid-for-burns.md";

    private static SiteWorkspace Review() => SiteWorkspace.FromFixture("review");

    private static (int Exit, string Output, string Error) Run(Func<TextWriter, TextWriter, int> command)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = command(output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void An_open_question_warns_at_the_first_word_of_its_passage_across_emphasis_and_a_wrapped_line()
    {
        using var workspace = Review();

        var site = workspace.BuildSafely();

        Assert.True(site.Result.Published, site.Printed);
        var (line, column) = TextPosition.Of(workspace.ReadContent(English), "Quick cooling limits *the damage* to the\n");
        var printed = Printed.Single(site.Result.Diagnostics, "LF2201", "warning", English, line, column);
        Assert.Contains("The source does not say the deeper layers are spared", printed.Message);
    }

    [Fact]
    public void A_closed_question_gives_no_warning()
    {
        using var workspace = Review();
        workspace.Change(English, "question: \"The source does not say the deeper layers are spared. Keep the added claim?\"\n    status: open",
            "question: \"The source does not say the deeper layers are spared. Keep the added claim?\"\n    status: closed\n" +
            "    closed_by: Dr A. Reviewer\n    closed_on: 2026-12-02\n    decision: \"Removed the added claim.\"");

        var site = workspace.BuildSafely();

        Assert.True(site.Result.Published, site.Printed);
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code is "LF2201" or "LF2202");
    }

    [Fact]
    public void Strict_fails_with_exit_code_1_while_a_question_is_open()
    {
        using var workspace = Review();
        string[] args = ["--content", workspace.ContentRoot, "--templates", workspace.TemplatesRoot, "--output", workspace.OutputRoot, "--no-pdf"];

        var plain = Run((o, e) => BuildCommand.Run(args, o, e, CancellationToken.None));
        var strict = Run((o, e) => BuildCommand.Run([.. args, "--strict"], o, e, CancellationToken.None));

        Assert.True(plain.Exit == 0, plain.Error);
        Assert.Contains("LF2201", plain.Error);
        Assert.Equal(1, strict.Exit);
        Assert.Contains("warning LF2201", strict.Error);
    }

    [Fact]
    public void An_open_question_whose_passage_is_not_in_the_text_is_an_error_at_the_question()
    {
        using var workspace = Review();
        workspace.Change(English, "Quick cooling limits *the damage* to the\ndeeper layers of the skin.", "Quick cooling limits the damage.");

        var site = workspace.BuildSafely();

        Assert.False(site.Result.Published);
        var (line, column) = TextPosition.Of(workspace.ReadContent(English), "passage: \"Quick cooling");
        var printed = Printed.Single(site.Result.Diagnostics, "LF2202", "error", English, line, column);
        Assert.Contains("Quick cooling limits the damage to the deeper layers", printed.Message);
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == "LF2201");
    }

    [Theory]
    [InlineData("status: open", "status: pending", "pending", "'status' must be 'open' or 'closed'")]
    [InlineData("closed_on: 2026-12-01", "closed_on: first of December", "first of December", "'closed_on' must be an ISO 8601 date")]
    [InlineData("    decision: \"Kept: it is the current first-aid advice.\"\n", "", "passage: \"Hold", "the required field 'decision' is missing")]
    [InlineData("    status: open\n", "    status: open\n    closed_by: Dr B\n", "Dr B", "'closed_by' belongs to a closed question")]
    public void A_malformed_question_is_an_error_at_its_own_line_and_column(string before, string after, string at, string message)
    {
        using var workspace = Review();
        workspace.Change(English, before, after);

        var site = workspace.BuildSafely();

        Assert.False(site.Result.Published);
        var (line, column) = TextPosition.Of(workspace.ReadContent(English), at);
        var printed = Printed.Single(site.Result.Diagnostics, "LF1004", "error", English, line, column);
        Assert.Contains(message, printed.Message);
    }

    [Fact]
    public void Status_lists_the_open_question_at_its_passage_in_the_table_and_in_json()
    {
        using var workspace = Review();
        var (line, column) = TextPosition.Of(workspace.ReadContent(English), "Quick cooling limits *the damage*");
        string[] args = ["--content", workspace.ContentRoot];

        var table = Run((o, e) => StatusCommand.Run(args, o, e));
        var json = Run((o, e) => StatusCommand.Run([.. args, "--json"], o, e));

        Assert.True(table.Exit == 0, table.Error);
        Assert.Contains($"first-aid-for-burns.md({line},{column}): first-aid-for-burns (en): \"Quick cooling limits the damage to the deeper layers of the skin.\"", table.Output);
        Assert.DoesNotContain("cool running water still", table.Output);
        using var document = JsonDocument.Parse(json.Output);
        var row = document.RootElement.EnumerateArray().Single(r => r.GetProperty("leaflet").GetString() == "first-aid-for-burns" && r.GetProperty("language").GetString() == "en");
        Assert.Equal("source", row.GetProperty("state").GetString());
        var question = Assert.Single(row.GetProperty("open_questions").EnumerateArray());
        Assert.Equal(line, question.GetProperty("line").GetInt32());
        Assert.Equal(column, question.GetProperty("column").GetInt32());
        Assert.True(question.GetProperty("found").GetBoolean());
        Assert.StartsWith("The source does not say", question.GetProperty("question").GetString());
    }
}
