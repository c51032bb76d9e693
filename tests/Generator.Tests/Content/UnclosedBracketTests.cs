using Leaflet.Content;

namespace Leaflet.Tests.Content;

public sealed class UnclosedBracketTests
{
    [Theory]
    [InlineData("title: [Red dots\nsubtitle: x", 1, 8, '[')]
    [InlineData("keywords: [skin, {a: b]\n", 1, 11, '[')]
    [InlineData("title: \"a [b\"\nkeywords: {skin\n", 2, 11, '{')]
    [InlineData("title: 'it''s [x'  # a [comment\nkeywords: [a,\n  b\n", 2, 11, '[')]
    public void The_outermost_bracket_never_closed_is_found_outside_quotes_and_comments(string yaml, int line, int column, char bracket) =>
        Assert.Equal(new UnclosedBracket.Position(line, column, bracket), UnclosedBracket.Find(yaml));

    [Theory]
    [InlineData("keywords: [skin, {a: b}]\n")]
    [InlineData("title: \"[not a list\"\n# [a comment\n")]
    [InlineData("title: a \\\" [b\n]")]
    public void Balanced_or_quoted_brackets_are_not_reported(string yaml) => Assert.Null(UnclosedBracket.Find(yaml));
}
