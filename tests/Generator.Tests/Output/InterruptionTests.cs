using System.Diagnostics;
using System.Globalization;
using Leaflet.Corpus;
using Leaflet.Tests.Support;
using Xunit.Abstractions;

namespace Leaflet.Tests.Output;

/// <summary>
/// Issue 8: SIGINT and SIGTERM at random moments of a 2,000-page build by the real program leave the
/// earlier output/ byte for byte; where the moment fell inside the swap, the program finishes the swap,
/// and a whole new site is there. SIGKILL, which no program can answer, stands for a power cut: the
/// next build must then finish or undo the swap. Files of leaflets no longer in the content never
/// survive a build that completes. A few runs by default; LEAFLET_LONG=1 runs many, with PDFs too.
/// </summary>
public sealed class InterruptionTests(ITestOutputHelper output)
{
    private const int Seed = 8;
    private const int Leaflets = 1000;
    private const string Deleted = "red-dots-on-the-body";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private static bool Long => Environment.GetEnvironmentVariable("LEAFLET_LONG") == "1";

    /// <param name="Small">Builds the small site instead of the 2,000 pages: a swap with no long build before it.</param>
    private sealed record Plan(int Signal, bool Pdf, bool AtSwap, double Moment, bool Small = false);

    private sealed record Sites(string Content, string Small, string Output)
    {
        public string Parent => Path.GetDirectoryName(Output)!;
        public string Journal => Path.Combine(Parent, ".output.swapping");
    }

    [Fact]
    public void A_build_interrupted_at_any_moment_leaves_the_earlier_output_or_a_whole_new_site()
    {
        using var temp = new TempFolder();
        var sites = new Sites(temp.Combine("content"), temp.Combine("small"), temp.Combine("site", "output"));
        var clock = Stopwatch.StartNew();
        CorpusWriter.Write(Repository.Content, sites.Content, Leaflets);
        var earlier = EarlierSite(sites);
        output.WriteLine($"corpus and earlier site ready in {clock.Elapsed.TotalSeconds:0.0} s; the earlier site has {earlier.Count} files");

        var random = new Random(Seed);
        var plans = Long ? LongPlans(random) : DefaultPlans(random);
        var references = new Dictionary<(bool, bool), TreeHash>();
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            var result = Interrupt(sites, plan, references);
            tally[result] = tally.GetValueOrDefault(result) + 1;
        }

        Assert.False(Directory.Exists(Path.Combine(sites.Output, "en", Deleted)), $"the pages of {Deleted}, gone from the content, are still published");
        output.WriteLine($"{plans.Count} interrupted builds in {clock.Elapsed.TotalSeconds:0.0} s: " +
            string.Join(", ", tally.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Value} {t.Key}")));
    }

    /// <summary>
    /// Two 2,000-page builds stopped at random moments by SIGINT and SIGTERM, then a power cut in the
    /// swap of a small build (LEAFLET_LONG cuts 2,000-page swaps too: a full build takes long here).
    /// </summary>
    private static List<Plan> DefaultPlans(Random random)
    {
        var first = random.Next(2) == 0 ? Signals.SIGINT : Signals.SIGTERM;
        return
        [
            new(first, Pdf: false, AtSwap: false, Moment: 0.2 + random.NextDouble() * 8),
            new(Signals.SIGINT + Signals.SIGTERM - first, Pdf: false, AtSwap: false, Moment: 0.2 + random.NextDouble() * 8),
            new(Signals.SIGKILL, Pdf: false, AtSwap: true, Moment: 0, Small: true),
        ];
    }

    private static List<Plan> LongPlans(Random random)
    {
        int[] signals = [Signals.SIGINT, Signals.SIGTERM, Signals.SIGKILL];
        var plans = new List<Plan>();
        for (var i = 0; i < 36; i++)
        {
            var pdf = random.Next(3) == 0;
            plans.Add(new Plan(signals[random.Next(3)], pdf, AtSwap: random.Next(4) == 0, Moment: random.NextDouble() * (pdf ? 40 : 12)));
        }
        plans.Add(new Plan(Signals.SIGKILL, Pdf: false, AtSwap: true, Moment: 0));
        return plans;
    }

    /// <summary>
    /// A small site with a leaflet the big content lacks, and 4,000 more files, as many as a real site
    /// of this size has PDFs: deleting the old site is the slowest step of the swap, as in life. The
    /// leaflet is then deleted from the small content too, so every later build must drop its pages.
    /// </summary>
    private static TreeHash EarlierSite(Sites sites)
    {
        var outputRoot = sites.Output;
        CorpusWriter.Write(Repository.Content, sites.Small, 5);
        foreach (var language in new[] { "en", "ru" })
            File.Copy(Path.Combine(Repository.Content, language, Deleted + ".md"), Path.Combine(sites.Small, language, Deleted + ".md"));
        var run = LeafletProgram.Execute(["build", "--content", sites.Small, "--output", outputRoot, "--no-pdf"]);
        Assert.True(run.Exit == 0, run.Error);
        Assert.True(Directory.Exists(Path.Combine(outputRoot, "en", Deleted)));
        foreach (var language in new[] { "en", "ru" }) File.Delete(Path.Combine(sites.Small, language, Deleted + ".md"));
        var filler = Path.Combine(outputRoot, "filler");
        Directory.CreateDirectory(filler);
        for (var i = 0; i < 4000; i++) File.WriteAllText(Path.Combine(filler, $"{i}.txt"), i.ToString(CultureInfo.InvariantCulture));
        return TreeHash.Of(outputRoot);
    }

    /// <returns>What became of the build, for the tally.</returns>
    private string Interrupt(Sites sites, Plan plan, Dictionary<(bool, bool), TreeHash> references)
    {
        var before = TreeHash.Of(sites.Output);
        var content = plan.Small ? sites.Small : sites.Content;
        string[] args = ["build", "--content", content, "--templates", Repository.Templates, "--output", sites.Output, .. plan.Pdf ? Array.Empty<string>() : ["--no-pdf"]];
        var journalAtSignal = false;
        var signalledAt = TimeSpan.Zero;
        var started = Stopwatch.StartNew();
        using var watcher = new FileSystemWatcher(sites.Parent, Path.GetFileName(sites.Journal));
        using var process = LeafletProgram.Start(args, workingDirectory: sites.Parent);
        var printed = process.StandardError.ReadToEndAsync();
        var summary = process.StandardOutput.ReadToEndAsync();
        if (plan.AtSwap)
        {
            // inotify tells of the journal within a millisecond or so, while the old site's 4,000 files are being deleted.
            var signalled = 0;
            watcher.Created += (_, _) =>
            {
                if (Interlocked.Exchange(ref signalled, 1) != 0 || !Signals.Send(process, plan.Signal)) return;
                signalledAt = started.Elapsed;
                journalAtSignal = File.Exists(sites.Journal);
            };
            watcher.EnableRaisingEvents = true;
        }
        else if (!process.WaitForExit(TimeSpan.FromSeconds(plan.Moment)))
        {
            journalAtSignal = File.Exists(sites.Journal);
            Signals.Send(process, plan.Signal);
            signalledAt = started.Elapsed;
        }
        if (!process.WaitForExit(Patience))
        {
            process.Kill();
            Assert.Fail($"the build did not end within {Patience} of {Signals.Name(plan.Signal)}");
        }
        process.WaitForExit();
        var exit = process.ExitCode;
        var journalAfter = File.Exists(sites.Journal);
        var what = $"{Signals.Name(plan.Signal)} {(plan.AtSwap ? "at the swap" : $"after {plan.Moment:0.00} s")} of {(plan.Small ? "a small" : "a 2,000-page")} build{(plan.Pdf ? " with PDFs" : "")}";

        string result;
        if (exit == 0)
        {
            result = journalAtSignal || plan.AtSwap ? "finished the swap they fell in" : "finished before the signal";
            AssertWhole(content, sites.Output, references, plan, what);
        }
        else if (exit == 128 + plan.Signal && plan.Signal == Signals.SIGKILL)
        {
            // The next build, even one that fails at once on its content, first finishes or undoes the swap.
            var recovery = LeafletProgram.Execute(["build", "--content", Path.Combine(sites.Parent, "no-such-content"), "--output", sites.Output]);
            Assert.True(recovery.Exit == 1, recovery.Error);
            if (journalAfter)
            {
                result = "killed inside the swap, then restored whole";
                AssertWhole(content, sites.Output, references, plan, what);
            }
            else
            {
                result = "killed before the swap, earlier output kept";
                TreeHash.Of(sites.Output).AssertSameAs(before, what);
            }
        }
        else if (exit == 128 + plan.Signal)
        {
            result = "interrupted, earlier output kept";
            TreeHash.Of(sites.Output).AssertSameAs(before, what);
        }
        else
        {
            throw new Xunit.Sdk.XunitException($"{what}: exit code {exit}\n{printed.Result}\n{summary.Result}");
        }
        EarlierOutput.AssertNoLeftovers(sites.Output);
        output.WriteLine($"{what}: signalled at {signalledAt.TotalSeconds:0.00} s, exit {exit} at {started.Elapsed.TotalSeconds:0.00} s: {result}");
        return result;
    }

    /// <summary>
    /// A whole site of the content: every leaflet's page in both languages and nothing of leaflets the
    /// content lacks; byte for byte the same as any other complete build of it, once one is known.
    /// </summary>
    private static void AssertWhole(string content, string outputRoot, Dictionary<(bool, bool), TreeHash> references, Plan plan, string what)
    {
        var site = TreeHash.Of(outputRoot);
        if (references.TryGetValue((plan.Small, plan.Pdf), out var reference))
        {
            site.AssertSameAs(reference, what);
            return;
        }
        foreach (var language in new[] { "en", "ru" })
        {
            var slugs = Directory.EnumerateFiles(Path.Combine(content, language), "*.md").Select(Path.GetFileNameWithoutExtension).ToHashSet();
            Assert.Equal(plan.Small ? 5 : Leaflets, slugs.Count);
            var published = Directory.EnumerateDirectories(Path.Combine(outputRoot, language)).Select(Path.GetFileName).ToHashSet();
            Assert.True(published.SetEquals(slugs), $"{what}: the {language} leaflet folders are not those of the content");
            Assert.All(slugs, slug => Assert.True(File.Exists(Path.Combine(outputRoot, language, slug!, "index.html")), $"{what}: {language}/{slug} has no page"));
        }
        Assert.False(Directory.Exists(Path.Combine(outputRoot, "filler")), $"{what}: files of the earlier site survived");
        Assert.True(File.Exists(Path.Combine(outputRoot, "sitemap.xml")) && File.Exists(Path.Combine(outputRoot, ".leaflet-output")));
        references[(plan.Small, plan.Pdf)] = site;
    }
}
