using System.Text.RegularExpressions;
using Leaflet.Diagnostics;

namespace Leaflet.Tests.Support;

/// <summary>A diagnostic as the build prints it: <c>path(line,col): error LF1234: message</c>, or <c>path: …</c> for a whole file.</summary>
public sealed partial record Printed(string Path, int Line, int Column, string Severity, string Code, string Message)
{
    public static Printed Parse(string text)
    {
        var match = Form().Match(text);
        Assert.True(match.Success, $"'{text}' is not in the form path(line,col): error LFnnnn: message");
        return new Printed(
            match.Groups["path"].Value,
            match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : 0,
            match.Groups["col"].Success ? int.Parse(match.Groups["col"].Value) : 0,
            match.Groups["severity"].Value,
            match.Groups["code"].Value,
            match.Groups["message"].Value);
    }

    /// <summary>
    /// The one diagnostic with this code, printed, checked to name the file (by the end of its path,
    /// since the build prints paths relative to the working folder) at this line and, when given, column.
    /// </summary>
    public static Printed Single(IEnumerable<Diagnostic> diagnostics, string code, string severity, string fileEnd, int line, int? column = null)
    {
        var all = diagnostics.ToList();
        var matching = all.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got:\n{string.Join("\n", all)}");
        var printed = Parse(matching[0].ToString());
        Assert.Equal(severity, printed.Severity);
        Assert.EndsWith(fileEnd, printed.Path.Replace('\\', '/'));
        Assert.True(printed.Line == line, $"{code} should point at line {line}: {matching[0]}");
        if (column is { } c) Assert.True(printed.Column == c, $"{code} should point at column {c}: {matching[0]}");
        else Assert.True(printed.Column >= 1, $"{code} has no column: {matching[0]}");
        return printed;
    }

    [GeneratedRegex(@"^(?<path>[^\s(][^(]*?)(\((?<line>\d+),(?<col>\d+)\))?: (?<severity>error|warning) (?<code>LF\d{4}): (?<message>.+)$")]
    private static partial Regex Form();
}

public static class TextPosition
{
    /// <summary>The 1-based line and column where a text first occurs in a file's text.</summary>
    public static (int Line, int Column) Of(string text, string what)
    {
        var index = text.IndexOf(what, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{what}' is not in the text");
        var line = text[..index].Count(c => c == '\n') + 1;
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart + 1);
    }
}
