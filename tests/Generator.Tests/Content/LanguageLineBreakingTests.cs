using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Content;

/// <summary>
/// A language lists in _language.yaml the words after which a PDF line never ends
/// (<c>line_breaking: { no_break_after: [...] }</c>); an entry no text could match is a
/// diagnostic at its own line, and nothing is published.
/// </summary>
public sealed class LanguageLineBreakingTests
{
    [Fact]
    public void An_entry_that_is_not_a_word_is_LF1006_at_its_own_line_and_column()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var text = workspace.ReadContent("ru/_language.yaml")
            .Replace("direction: ltr\n", "direction: ltr\nline_breaking:\n  no_break_after:\n    - в\n    - к.\n");
        workspace.WriteContent("ru/_language.yaml", text);

        var site = workspace.Build();

        var (line, column) = TextPosition.Of(workspace.ReadContent("ru/_language.yaml"), "    - к.");
        var printed = Printed.Single(site.Result.Diagnostics, "LF1006", "error", "content/ru/_language.yaml", line, column + 6);
        Assert.Contains("'к.' in 'no_break_after' is not a word of letters", printed.Message);
        Assert.False(site.Result.Published);
    }

    [Fact]
    public void The_listed_words_become_the_languages_tailoring_and_a_language_without_them_has_none()
    {
        using var folder = new TempFolder();
        var listed = Path.Combine(folder.Path, "listed.yaml");
        File.WriteAllText(listed, "name: Русский\nculture: ru-RU\ndirection: ltr\nline_breaking:\n  no_break_after: [в, К]\nstrings:\n  a: b\n");
        var plain = Path.Combine(folder.Path, "plain.yaml");
        File.WriteAllText(plain, "name: Русский\nculture: ru-RU\ndirection: ltr\nstrings:\n  a: b\n");
        var diagnostics = new DiagnosticBag();

        var withWords = LanguageReader.Read("ru", listed, "listed.yaml", diagnostics);
        var without = LanguageReader.Read("ru", plain, "plain.yaml", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["К", "в"], withWords!.LineBreaking.NoBreakAfter.Order(StringComparer.Ordinal));
        Assert.Empty(without!.LineBreaking.NoBreakAfter);
    }
}
