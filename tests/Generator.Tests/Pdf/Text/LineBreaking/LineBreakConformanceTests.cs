using System.Text;
using Leaflet.Pdf.Text.LineBreaking;
using Xunit.Abstractions;

namespace Leaflet.Tests.Pdf.Text.LineBreaking;

/// <summary>The untailored algorithm against every line of the Unicode Character Database's LineBreakTest.txt.</summary>
public class LineBreakConformanceTests(ITestOutputHelper output)
{
    private const string TestFile = "auxiliary/LineBreakTest.txt";

    [SkippableFact]
    public void Every_line_of_the_Unicode_line_break_test_breaks_where_the_test_says()
    {
        UnicodeData.Require("LineBreak.txt", "auxiliary/LineBreakTest.txt");
        var failures = new List<string>();
        var lines = 0;
        var number = 0;
        foreach (var line in File.ReadLines(UnicodeData.File(TestFile)))
        {
            number++;
            var data = line.Split('#')[0].Trim();
            if (data.Length == 0) continue;
            lines++;
            var (text, expected) = Parse(data);
            var got = Notation(text, Breaks(text));
            if (got != Notation(text, expected))
                failures.Add($"{UnicodeData.File(TestFile)}({number}): expected {data}\n{new string(' ', UnicodeData.File(TestFile).Length + number.ToString().Length + 4)}     got {got}");
        }

        output.WriteLine($"{lines - failures.Count} of {lines} lines pass, {failures.Count} fail");
        foreach (var failure in failures.Take(20)) output.WriteLine(failure);
        Assert.True(failures.Count == 0,
            $"{failures.Count} of {lines} lines of {TestFile} fail; the first:\n{string.Join('\n', failures.Take(20))}");
    }

    /// <summary>The text of a test line and the UTF-16 indices it marks ÷ (the boundary before the first character is never one).</summary>
    private static (string Text, HashSet<int> Breaks) Parse(string data)
    {
        var text = new StringBuilder();
        var breaks = new HashSet<int>();
        foreach (var token in data.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token == "÷") breaks.Add(text.Length);
            else if (token != "×") text.Append(char.ConvertFromUtf32(Convert.ToInt32(token, 16)));
        }
        breaks.Remove(0);
        return (text.ToString(), breaks);
    }

    private static HashSet<int> Breaks(string text)
    {
        var breaks = new HashSet<int>();
        foreach (var opportunity in UnicodeLineBreaks.Enumerate(text)) breaks.Add(opportunity.Index);
        return breaks;
    }

    /// <summary>The test file's own notation: "× 0023 ÷ 2014 ÷".</summary>
    private static string Notation(string text, HashSet<int> breaks)
    {
        var notation = new StringBuilder("×");
        for (var i = 0; i < text.Length;)
        {
            var codePoint = char.ConvertToUtf32(text, i);
            i += char.IsSurrogatePair(text, i) ? 2 : 1;
            notation.Append($" {codePoint:X4} ").Append(breaks.Contains(i) ? '÷' : '×');
        }
        return notation.ToString();
    }
}
