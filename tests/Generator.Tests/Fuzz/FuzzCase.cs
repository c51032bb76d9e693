using Leaflet.Tests.Support;

namespace Leaflet.Tests.Fuzz;

public enum FuzzTarget
{
    Article,
    Language,
    Site,
}

/// <summary>One mutated file: what it was made from, by which mutations, and where it goes under content/.</summary>
/// <param name="Folder">The language folder it goes in; empty for the site configuration.</param>
public sealed record FuzzCase(int Seed, int Index, FuzzTarget Target, string Folder, string Source, IReadOnlyList<string> Mutations, byte[] Bytes)
{
    public string RelativePath => Target switch
    {
        FuzzTarget.Article => $"{Folder}/fuzzed.md",
        FuzzTarget.Language => $"{Folder}/_language.yaml",
        _ => "_site.yaml",
    };

    public override string ToString() =>
        $"case {Index} of seed {Seed}: {Source} -> content/{RelativePath} by {string.Join(", ", Mutations)} ({Bytes.Length} bytes)";

    /// <summary>
    /// The same seed and index always give the same case, whichever cases ran before, so a failure
    /// found in a long run is reproduced by running that one case.
    /// </summary>
    public static FuzzCase Make(int seed, int index)
    {
        var random = new Random(unchecked(seed * 1_000_003 + index));
        var source = Sources[random.Next(Sources.Count)];
        var mutations = source.Target == FuzzTarget.Article ? ArticleMutations : YamlFileMutations;
        var bytes = File.ReadAllBytes(source.Path);
        var names = new List<string>();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var (name, mutate) = mutations[random.Next(mutations.Count)];
            bytes = mutate(random, bytes);
            names.Add(name);
        }
        return new FuzzCase(seed, index, source.Target, source.Folder, source.Name, names, bytes);
    }

    private sealed record SourceFile(string Name, string Path, FuzzTarget Target, string Folder);

    private static readonly IReadOnlyList<SourceFile> Sources =
    [
        Fixture("en/sun-safety.md"), Fixture("en/first-aid-for-burns.md"), Fixture("ru/first-aid-for-burns.md"),
        Real("en/red-dots-on-the-body.md"), Real("ru/red-dots-on-the-body.md"),
        Fixture("en/_language.yaml"), Fixture("ru/_language.yaml"), Real("en/_language.yaml"), Real("ru/_language.yaml"),
        Fixture("_site.yaml"),
    ];

    private static SourceFile Fixture(string relative) => SourceOf("basic/" + relative, Path.Combine(Repository.FixtureSite("basic"), relative), relative);

    private static SourceFile Real(string relative) => SourceOf("content/" + relative, Path.Combine(Repository.Content, relative), relative);

    private static SourceFile SourceOf(string name, string path, string relative)
    {
        var parts = relative.Split('/');
        var target = parts[^1] switch { "_site.yaml" => FuzzTarget.Site, "_language.yaml" => FuzzTarget.Language, _ => FuzzTarget.Article };
        return new SourceFile(name, path, target, parts.Length > 1 ? parts[0] : "");
    }

    private delegate byte[] Mutation(Random random, byte[] input);

    private static readonly IReadOnlyList<(string, Mutation)> Common =
    [
        ("truncate", TextMutations.Truncate), ("garbage", TextMutations.Garbage), ("binary", TextMutations.Binary),
        ("flip bits", TextMutations.FlipBits), ("odd bytes", TextMutations.OddBytes), ("odd unicode", TextMutations.OddUnicode),
        ("shuffle lines", TextMutations.ShuffleLines), ("huge line", TextMutations.HugeLine),
        ("bad yaml", YamlMutations.BadLine), ("huge yaml", YamlMutations.HugeFrontMatter),
        ("deep yaml", YamlMutations.DeepNesting), ("alias bomb", YamlMutations.AliasBomb),
    ];

    private static readonly IReadOnlyList<(string, Mutation)> ArticleMutations =
    [
        .. Common,
        ("deep lists", MarkdownMutations.DeepLists), ("deep quotes", MarkdownMutations.DeepQuotes),
        ("deep inlines", MarkdownMutations.DeepInlines), ("deep callouts", MarkdownMutations.DeepCallouts),
        ("hostile targets", MarkdownMutations.HostileTargets), ("odd blocks", MarkdownMutations.OddBlocks),
        ("deep lists", MarkdownMutations.DeepLists), ("hostile targets", MarkdownMutations.HostileTargets),
    ];

    private static readonly IReadOnlyList<(string, Mutation)> YamlFileMutations = Common;
}
