using System.Globalization;
using System.Text;
using Leaflet.Pdf.Text.Bidi;
using Xunit.Abstractions;

namespace Leaflet.Tests.Pdf.Text.Bidi;

/// <summary>
/// The Unicode Character Database's own conformance tests for UAX #9, every line, each paragraph
/// direction a line gives: resolved levels after L1 and the visual order of L2, where characters
/// X9 removes (marked x) are left out of both.
/// </summary>
public sealed class BidiConformanceTests(ITestOutputHelper output)
{
    private const int Shown = 20;

    [SkippableFact]
    public void Every_line_of_BidiCharacterTest_gives_its_paragraph_level_levels_and_visual_order()
    {
        UnicodeData.Require("BidiCharacterTest.txt");
        var failures = new Failures();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(UnicodeData.File("BidiCharacterTest.txt")))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split(';');
            var codePoints = fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Hex).ToArray();
            var direction = fields[1] switch { "0" => BaseDirection.LeftToRight, "1" => BaseDirection.RightToLeft, _ => BaseDirection.Auto };
            var expectedLevels = fields[3].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var expectedOrder = fields[4].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();

            var text = new StringBuilder();
            var codePointAt = new List<int>();
            for (var k = 0; k < codePoints.Length; k++)
            {
                var units = char.ConvertFromUtf32(codePoints[k]);
                foreach (var _ in units) codePointAt.Add(k);
                text.Append(units);
            }
            var paragraph = BidiParagraph.Resolve(text.ToString(), direction);
            var levels = paragraph.LineLevels(0, paragraph.Length);
            var gotLevels = new string[codePoints.Length];
            for (var i = levels.Length - 1; i >= 0; i--) gotLevels[codePointAt[i]] = expectedLevels[codePointAt[i]] == "x" ? "x" : levels[i].ToString(CultureInfo.InvariantCulture);
            var gotOrder = paragraph.VisualOrder(0, paragraph.Length)
                .Where(i => i == 0 || codePointAt[i] != codePointAt[i - 1])
                .Select(i => codePointAt[i])
                .Where(k => expectedLevels[k] != "x")
                .ToArray();

            var expected = $"paragraph {fields[2]}; levels {string.Join(' ', expectedLevels)}; order {string.Join(' ', expectedOrder)}";
            var got = $"paragraph {paragraph.ParagraphLevel}; levels {string.Join(' ', gotLevels)}; order {string.Join(' ', gotOrder)}";
            failures.Count(lineNumber, line, expected, got);
        }
        failures.Report(output, "BidiCharacterTest.txt");
    }

    [SkippableFact]
    public void Every_class_sequence_of_BidiTest_gives_its_levels_and_visual_order_for_each_paragraph_level()
    {
        UnicodeData.Require("BidiTest.txt");
        var failures = new Failures();
        string[] expectedLevels = [];
        var expectedOrder = "";
        var lineNumber = 0;
        foreach (var line in File.ReadLines(UnicodeData.File("BidiTest.txt")))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            if (line.StartsWith("@Levels:", StringComparison.Ordinal))
            {
                expectedLevels = line["@Levels:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            if (line.StartsWith("@Reorder:", StringComparison.Ordinal))
            {
                expectedOrder = string.Join(' ', line["@Reorder:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
                continue;
            }
            if (line[0] == '@') continue;
            var fields = line.Split(';');
            var classes = fields[0].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<BidiClass>).ToArray();
            var bitset = Hex(fields[1].Trim());
            foreach (var (bit, direction) in new[] { (1, BaseDirection.Auto), (2, BaseDirection.LeftToRight), (4, BaseDirection.RightToLeft) })
            {
                if ((bitset & bit) == 0) continue;
                var paragraph = BidiParagraph.FromClasses(classes, direction);
                var levels = paragraph.LineLevels(0, paragraph.Length);
                var gotLevels = levels.Select((l, i) => expectedLevels[i] == "x" ? "x" : l.ToString(CultureInfo.InvariantCulture));
                var gotOrder = string.Join(' ', paragraph.VisualOrder(0, paragraph.Length).Where(i => expectedLevels[i] != "x"));
                failures.Count(lineNumber, $"{line} [{direction}]",
                    $"levels {string.Join(' ', expectedLevels)}; order {expectedOrder}",
                    $"levels {string.Join(' ', gotLevels)}; order {gotOrder}");
            }
        }
        failures.Report(output, "BidiTest.txt");
    }

    private static int Hex(string text) => int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    /// <summary>Counts cases and keeps the first few that failed, so one test reports a whole file.</summary>
    private sealed class Failures
    {
        private readonly List<string> _first = [];
        private int _cases;
        private int _failed;

        public void Count(int lineNumber, string line, string expected, string got)
        {
            _cases++;
            if (expected == got) return;
            _failed++;
            if (_first.Count < Shown) _first.Add($"line {lineNumber}: {line}\n  expected {expected}\n  got      {got}");
        }

        public void Report(ITestOutputHelper output, string file)
        {
            var summary = $"{file}: {_cases - _failed} of {_cases} cases pass";
            output.WriteLine(summary);
            Assert.True(_cases > 0, $"{file} held no test cases");
            Assert.True(_failed == 0, $"{summary}; the first {_first.Count} failures:\n{string.Join('\n', _first)}");
        }
    }
}
