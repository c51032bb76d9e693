using System.Text;

namespace Leaflet.Tests.Fuzz;

/// <summary>
/// Mutations of the YAML (front matter, language files, the site configuration): broken syntax,
/// wrong types, huge front matter, deep nesting and anchor-and-alias bombs ("billion laughs").
/// </summary>
public static class YamlMutations
{
    private static readonly string[] BadLines =
    [
        "title: [", "title: {a: b", "title: \"unclosed", "title: 'unclosed", "- a list at the top", "\ttab: indented", "? a complex key",
        "title: !!binary AAAA", "title: !!int x", "title: !custom x", "published: 2026-13-45", "published: 2026-02-30", "published: 99999-01-01",
        "published: [2026-01-01]", "title:\n  - a\n  - b", "title: |\n  block\n  scalar", "title: >-\n  folded", "%YAML 1.1", "%TAG ! tag:x,2000:",
        "...", "--- second", "title: &a x", "title: *undefined", "title: *a", "title: null", "title: ~", "title:", "title: \"\"", ": no key",
        "title: a: b: c", "{", "}", "[", "]", "title: 'it''s'", "title: \"\\u0000\\uD800\"", "title: \"\\x\"", "<<: *a", "<<: [*a, *b]",
        "strings: {}", "strings: []", "strings:\n  page_of: \"{2}\"", "strings:\n  page_of: \"{0\"", "strings:\n  page_of: \"{0} {1} {{\"",
        "culture: xx-XX", "culture: \"\"", "culture: ar-SA", "culture: zh-Hans-CN", "culture: en-US-u-ca-islamic", "culture: iv", "direction: rtl",
        "direction: sideways", "base_url: javascript:alert(1)", "base_url: http://", "default_language: ../../etc", "allow_raw_html: yes",
        "translated_from:\n  a: b\n  c: [d]", "translated_from: x", "next_review: 1900-01-01", "last_reviewed: 9999-12-31", "readability:\n  base: NaN",
        "readability:\n  formula: x\n  base: 1e308\n  words_per_sentence: -1e308\n  syllables_per_word: 0\n  vowels: \"\"",
    ];

    public static byte[] BadLine(Random random, byte[] input)
    {
        var output = input;
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var lines = Encoding.UTF8.GetString(output).Split('\n').ToList();
            var at = Math.Min(lines.Count, 1 + random.Next(Math.Max(1, FrontMatterEnd(lines))));
            var line = BadLines[random.Next(BadLines.Length)];
            if (random.Next(2) == 0 && at < lines.Count) lines[at] = line;
            else lines.Insert(at, line);
            output = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        }
        return output;
    }

    public static byte[] HugeFrontMatter(Random random, byte[] input)
    {
        var text = new StringBuilder();
        if (random.Next(2) == 0)
            for (var i = random.Next(100, 12_000); i > 0; i--) text.Append("key").Append(i).Append(": value ").Append(i).Append('\n');
        else
            text.Append("subtitle: \"").Append('x', random.Next(10_000, 270_000)).Append("\"\n");
        return InsertAfterFirstLine(input, text.ToString());
    }

    public static byte[] DeepNesting(Random random, byte[] input)
    {
        var depth = random.Next(3) == 0 ? random.Next(10, 200) : random.Next(200, 100_000);
        var text = random.Next(4) switch
        {
            0 => "deep: " + new string('[', depth) + new string(']', random.Next(2) == 0 ? depth : 0),
            1 => "deep: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "x" + new string('}', depth),
            2 => "deep:\n" + string.Concat(Enumerable.Range(1, Math.Min(depth, 700)).Select(d => new string(' ', d) + "a:\n")) + new string(' ', Math.Min(depth, 700) + 1) + "x",
            _ => "deep: " + string.Concat(Enumerable.Repeat("- ", Math.Min(depth, 20_000))) + "x",
        };
        return InsertAfterFirstLine(input, text + "\n");
    }

    /// <summary>Each level names the one below it many times: a few lines that would expand to billions of nodes.</summary>
    public static byte[] AliasBomb(Random random, byte[] input)
    {
        var levels = random.Next(3, 12);
        var width = random.Next(2, 12);
        var text = new StringBuilder("lol0: &lol0 \"lol\"\n");
        for (var level = 1; level < levels; level++)
            text.Append("lol").Append(level).Append(": &lol").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat($"*lol{level - 1}", width))).Append("]\n");
        if (random.Next(2) == 0) text.Append("? *lol").Append(levels - 1).Append("\n: as a key\n");
        if (random.Next(2) == 0) text.Append("title: *lol").Append(levels - 1).Append('\n');
        if (random.Next(3) == 0) text.Append("translated_from: *lol").Append(levels - 1).Append('\n');
        return InsertAfterFirstLine(input, text.ToString());
    }

    private static int FrontMatterEnd(List<string> lines)
    {
        var close = lines.FindIndex(1, l => l.TrimEnd() == "---");
        return close < 0 ? lines.Count : close;
    }

    /// <summary>After the opening '---' of an article, or at the top of a YAML file.</summary>
    private static byte[] InsertAfterFirstLine(byte[] input, string text)
    {
        var original = Encoding.UTF8.GetString(input);
        if (!original.StartsWith("---", StringComparison.Ordinal)) return Encoding.UTF8.GetBytes(text + original);
        var newline = original.IndexOf('\n');
        return newline < 0 ? Encoding.UTF8.GetBytes(original + "\n" + text) : Encoding.UTF8.GetBytes(original[..(newline + 1)] + text + original[(newline + 1)..]);
    }
}
