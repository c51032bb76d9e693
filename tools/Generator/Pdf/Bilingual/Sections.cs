using Leaflet.Pdf.Model;

namespace Leaflet.Pdf.Bilingual;

/// <summary>
/// One section of a translation's body: the introduction (level 1: the blocks before the first
/// heading), or a level-2 or level-3 heading with the blocks up to the next heading.
/// </summary>
/// <param name="Line">The 1-based line it starts on in its Markdown file; 1 for an empty introduction.</param>
public sealed record Section(int Level, IReadOnlyList<Block> Blocks, int Line)
{
    /// <summary>The heading's text; empty for the introduction.</summary>
    public string Heading => Blocks is [HeadingBlock heading, ..] ? string.Concat(heading.Runs.Select(r => r.Text)).Trim() : "";
}

/// <summary>Cuts bodies into sections and pairs the sections of two translations.</summary>
public static class Sections
{
    /// <summary>The introduction first (possibly empty), then a section for every heading.</summary>
    public static IReadOnlyList<Section> Of(IReadOnlyList<Block> body)
    {
        var sections = new List<Section>();
        var current = new List<Block>();
        var (level, line) = (1, body.Count > 0 ? body[0].Line : 1);
        foreach (var block in body)
        {
            if (block is HeadingBlock heading)
            {
                sections.Add(new Section(level, current, line));
                (current, level, line) = ([], heading.Level, heading.Line);
            }
            current.Add(block);
        }
        sections.Add(new Section(level, current, line));
        return sections;
    }

    /// <summary>
    /// The two lists side by side. Sections are matched by level in order (the longest common
    /// subsequence of their levels, so one missing or extra section shifts nothing after it);
    /// a section the other translation lacks stands beside nothing. The introductions always pair.
    /// Lists of over a thousand sections each pair in order.
    /// </summary>
    public static IReadOnlyList<(Section? First, Section? Second)> Align(IReadOnlyList<Section> first, IReadOnlyList<Section> second)
    {
        if (first.Select(s => s.Level).SequenceEqual(second.Select(s => s.Level)))
            return first.Zip(second, (a, b) => ((Section?)a, (Section?)b)).ToList();
        var (n, m) = (first.Count, second.Count);
        // The table below holds n·m numbers: past a million (a thousand headings each) sections pair in order instead.
        if ((long)n * m > 1_000_000)
            return Enumerable.Range(0, Math.Max(n, m)).Select(i => (i < n ? first[i] : null, i < m ? second[i] : null)).ToList();
        // common[i, j]: how many sections first[i..] and second[j..] share.
        var common = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        for (var j = m - 1; j >= 0; j--)
            common[i, j] = first[i].Level == second[j].Level ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
        var pairs = new List<(Section?, Section?)>();
        var (x, y) = (0, 0);
        while (x < n || y < m)
        {
            if (x < n && y < m && first[x].Level == second[y].Level && common[x, y] == common[x + 1, y + 1] + 1)
                pairs.Add((first[x++], second[y++]));
            else if (y == m || (x < n && common[x + 1, y] >= common[x, y + 1]))
                pairs.Add((first[x++], null));
            else
                pairs.Add((null, second[y++]));
        }
        return pairs;
    }
}
