using System.Text;

namespace Leaflet.Tests.Fuzz;

/// <summary>
/// Mutations of the Markdown body: deep nesting of lists, quotes, emphasis, links and callouts, and
/// the constructs a leaflet uses (pictures, links, tables, headings) with hostile targets and sizes.
/// </summary>
public static class MarkdownMutations
{
    private static readonly string[] Targets =
    [
        "../../../../etc/passwd", "/etc/passwd", "file:///etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00.png", "a%00b.md",
        "images/../../../x.png", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "vbscript:x", "//evil.example/x",
        "http://exa mple.org/", "https://[::1", "mailto:", "tel:", "#", "#\u202E", "other.md#", ".md", "../ru/.md", "images/.png",
        "images/a.png?x#y", "\\\\server\\share\\x.png", "C:\\x.png", new string('a', 5000) + ".png", "%E0%A4%A", "%", "#%ZZ",
        "sun-safety.md#" + new string('x', 3000), "images/\u202Egnp.exe", "..", ".", "", "<>", "images/ä.png", "ftp://x/y.png",
    ];

    /// <summary>A nested list's indentation grows with its depth, so the text grows with its square: at most 500 levels.</summary>
    public static byte[] DeepLists(Random random, byte[] input)
    {
        var depth = Math.Min(Depth(random), 500);
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
            text.Append(new string(' ', random.Next(2) == 0 ? i * 2 : i)).Append(random.Next(3) == 0 ? "1. " : "- ").Append("item ").Append(i).Append('\n');
        return Append(random, input, text.ToString());
    }

    public static byte[] DeepQuotes(Random random, byte[] input)
    {
        var depth = Depth(random);
        var marker = random.Next(3) switch { 0 => "> ", 1 => ">", _ => "> - " };
        var line = string.Concat(Enumerable.Repeat(marker, depth)) + "quoted";
        return Append(random, input, random.Next(2) == 0 ? line : string.Join('\n', Enumerable.Range(1, Math.Min(depth, 700)).Select(d => new string('>', d) + " q")));
    }

    public static byte[] DeepInlines(Random random, byte[] input)
    {
        var depth = Depth(random);
        string[][] pairs = [["[", "](x)"], ["*", "*"], ["**", "**"], ["_", "_"], ["![", "](images/a.png)"], ["`", "`"], ["~~", "~~"], ["[", "]"], ["<", ">"]];
        var pair = pairs[random.Next(pairs.Length)];
        var open = string.Concat(Enumerable.Repeat(pair[0], depth));
        var close = random.Next(3) == 0 ? "" : string.Concat(Enumerable.Repeat(pair[1], depth));
        return Append(random, input, open + "text" + close);
    }

    public static byte[] DeepCallouts(Random random, byte[] input)
    {
        var depth = Math.Min(Depth(random), 700);
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++) text.Append(new string(':', 3 + (random.Next(2) == 0 ? depth - i : 0))).Append(" callout\n");
        if (random.Next(2) == 0)
            for (var i = 0; i < depth; i++) text.Append(":::\n");
        return Append(random, input, text.ToString());
    }

    public static byte[] HostileTargets(Random random, byte[] input)
    {
        var text = new StringBuilder();
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            var target = Targets[random.Next(Targets.Length)];
            text.Append(random.Next(2) == 0 ? $"![a picture]({target})" : $"[a link]({target})").Append(random.Next(2) == 0 ? "\n\n" : " ");
            if (random.Next(4) == 0) text.Append($"[ref{i}]: {target}\n\n[see][ref{i}]\n\n");
            if (random.Next(6) == 0) text.Append($"<{target}>\n\n");
        }
        return Append(random, input, text.ToString());
    }

    public static byte[] OddBlocks(Random random, byte[] input)
    {
        var columns = random.Next(1, 2000);
        string[] blocks =
        [
            "|" + string.Concat(Enumerable.Repeat(" a |", columns)) + "\n|" + string.Concat(Enumerable.Repeat("---|", columns)) + "\n|" + string.Concat(Enumerable.Repeat(" b |", columns / 2)),
            string.Join("\n\n", Enumerable.Repeat("## Same heading", random.Next(1, 3000))),
            "####### seven\n\n# one\n\nSetext\n===\n\nAnother\n---",
            "```\nunclosed code " + new string('`', random.Next(1, 50)),
            "<div>\n<script>alert(1)</script>\n</div>",
            "<!-- " + new string('-', random.Next(1, 5000)),
            "Footnote[^1].\n\n[^1]: " + new string('x', random.Next(1, 5000)),
            "::: callout\n## A heading in a callout\n\n- a list\n:::",
            "::: other\ntext\n:::",
            "* * *\n- - -\n___",
            "    indented code\n\ttabbed code",
            string.Concat(Enumerable.Repeat("&amp;&#x1F600;&#xFFFF;&#0;&bogus;", random.Next(1, 500))),
            "## " + new string('#', random.Next(1, 5000)),
            "## \u202E\u2066\u200B",
            string.Join('\n', Enumerable.Range(0, random.Next(1, 3000)).Select(i => $"{i}. item")),
        ];
        return Append(random, input, blocks[random.Next(blocks.Length)]);
    }

    /// <summary>Mostly modest depths, often past Markdig's own limit, now and then far past it.</summary>
    private static int Depth(Random random) => random.Next(3) switch
    {
        0 => random.Next(1, 64),
        1 => random.Next(64, 1_000),
        _ => random.Next(1_000, 60_000),
    };

    private static byte[] Append(Random random, byte[] input, string block)
    {
        var text = Encoding.UTF8.GetString(input);
        return random.Next(3) == 0
            ? TextMutations.InsertLine(random, input, "\n" + block + "\n")
            : Encoding.UTF8.GetBytes(text.TrimEnd() + "\n\n" + block + "\n");
    }
}
