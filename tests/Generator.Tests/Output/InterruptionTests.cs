using System.Diagnostics;
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
[Collection(HeavyTests.Name)]
public sealed class InterruptionTests(ITestOutputHelper output)
{
    private const int Seed = 8;

    // About how long the 2,000-page builds take here (seconds): a signal is sent at a random moment
    // within it, so most signals land inside a build.
    private const double HtmlBuild = 1.6;
    private const double FullBuild = 18;

    private static bool Long => Environment.GetEnvironmentVariable("LEAFLET_LONG") == "1";

    /// <param name="Small">Builds the small site instead of the 2,000 pages: a swap with no long build before it.</param>
    private sealed record Plan(int Signal, bool Pdf, bool AtSwap, double Moment, bool Small = false);

    [Fact]
    public void A_build_interrupted_at_any_moment_leaves_the_earlier_output_or_a_whole_new_site()
    {
        using var temp = new TempFolder();
        var sites = new InterruptionSites(temp);
        var clock = Stopwatch.StartNew();
        var earlier = sites.Prepare();
        output.WriteLine($"corpus and earlier site ready in {clock.Elapsed.TotalSeconds:0.0} s; the earlier site has {earlier.Count} files");

        var random = new Random(Seed);
        var plans = Long ? LongPlans(random) : DefaultPlans(random);
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            var result = Interrupt(sites, plan);
            tally[result] = tally.GetValueOrDefault(result) + 1;
        }

        Assert.False(Directory.Exists(Path.Combine(sites.Output, "en", InterruptionSites.Deleted)), "the pages of a leaflet gone from the content are still published");
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
            new(first, Pdf: false, AtSwap: false, Moment: 0.2 + random.NextDouble() * HtmlBuild),
            new(Signals.SIGINT + Signals.SIGTERM - first, Pdf: false, AtSwap: false, Moment: 0.2 + random.NextDouble() * HtmlBuild),
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
            plans.Add(new Plan(signals[random.Next(3)], pdf, AtSwap: random.Next(4) == 0, Moment: random.NextDouble() * (pdf ? FullBuild : HtmlBuild)));
        }
        plans.Add(new Plan(Signals.SIGKILL, Pdf: false, AtSwap: true, Moment: 0));
        return plans;
    }

    /// <returns>What became of the build, for the tally.</returns>
    private string Interrupt(InterruptionSites sites, Plan plan)
    {
        var before = TreeHash.Of(sites.Output);
        var content = plan.Small ? sites.Small : sites.Content;
        string[] args = ["build", "--content", content, "--templates", Repository.Templates, "--output", sites.Output, .. plan.Pdf ? Array.Empty<string>() : ["--no-pdf"]];
        var run = SignalledBuild.Run(args, sites.Journal, plan.Signal, plan.AtSwap ? null : TimeSpan.FromSeconds(plan.Moment));
        var what = $"{Signals.Name(plan.Signal)} {(plan.AtSwap ? "at the swap" : $"after {plan.Moment:0.00} s")} of {(plan.Small ? "a small" : "a 2,000-page")} build{(plan.Pdf ? " with PDFs" : "")}";

        string result;
        if (run.Exit == 0)
        {
            result = !run.Sent ? "finished before the signal" : run.JournalAtSignal ? "signalled inside the swap, which finished" : "signalled as the build ended, finished";
            sites.AssertWhole(plan.Small, plan.Pdf, what);
        }
        else if (run.Exit == 128 + plan.Signal && plan.Signal == Signals.SIGKILL)
        {
            // The next build, even one that fails at once on its content, first finishes or undoes the swap.
            var recovery = LeafletProgram.Execute(["build", "--content", Path.Combine(sites.Parent, "no-such-content"), "--output", sites.Output]);
            Assert.True(recovery.Exit == 1, recovery.Error);
            if (run.JournalAfter)
            {
                result = "killed inside the swap, then restored whole";
                sites.AssertWhole(plan.Small, plan.Pdf, what);
            }
            else if (TreeHash.Of(sites.Output).Matches(before))
            {
                result = "killed before the swap, earlier output kept";
            }
            else
            {
                // The swap is two renames: a kill aimed at it often lands once it is over.
                result = "killed after the swap, new site whole";
                sites.AssertWhole(plan.Small, plan.Pdf, what);
            }
        }
        else if (run.Exit == 128 + plan.Signal)
        {
            // Only a signal in the runtime's first moments, before the handlers exist, ends the process unannounced.
            if (run.SignalledAt > TimeSpan.FromSeconds(1))
                Assert.Contains($"leaflet: interrupted by {Signals.Name(plan.Signal)}; the output folder was left as it was", run.Printed);
            result = "interrupted, earlier output kept";
            TreeHash.Of(sites.Output).AssertSameAs(before, what);
        }
        else
        {
            throw new Xunit.Sdk.XunitException($"{what}: exit code {run.Exit}\n{run.Printed}");
        }
        EarlierOutput.AssertNoLeftovers(sites.Output);
        output.WriteLine($"{what}: signalled at {run.SignalledAt.TotalSeconds:0.00} s, exit {run.Exit} at {run.Ended.TotalSeconds:0.00} s: {result}");
        return result;
    }
}
