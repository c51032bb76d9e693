using Leaflet.Cli;
using Leaflet.Pipeline;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Cli;

/// <summary>
/// Progress while a build runs: the stage and done/total, redrawn on one line, only on a terminal and at most ten
/// times a second; a wait for another build is said wherever stderr goes.
/// </summary>
public sealed class ConsoleProgressTests
{
    /// <summary>A clock that moves only when told to.</summary>
    private sealed class StoppedClock : TimeProvider
    {
        private long _ticks = 1;

        public void Advance(TimeSpan by) => _ticks += (long)(by.TotalSeconds * TimestampFrequency);

        public override long GetTimestamp() => _ticks;

        public override long TimestampFrequency => 1_000_000_000;
    }

    /// <summary>Records what a build tells it.</summary>
    private sealed class Recorder : IBuildProgress
    {
        private int _done;

        public List<(string Stage, int Total)> Stages { get; } = [];

        public int Done => _done;

        public void WaitingForOtherBuild(int? processId) => throw new InvalidOperationException("no other build runs");

        public void StageStarted(string stage, int total) => Stages.Add((stage, total));

        public void ItemDone() => Interlocked.Increment(ref _done);
    }

    [Fact]
    public void On_a_terminal_the_stage_and_done_of_total_are_redrawn_in_place_on_one_line_and_wiped_at_the_end()
    {
        var terminal = new StringWriter();
        var clock = new StoppedClock();
        var progress = new ConsoleProgress(new StringWriter(), "output", terminal, clock);

        progress.StageStarted("rendering leaflets", 3);
        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(150));
            progress.ItemDone();
        }
        progress.StageStarted("checking links", 0);
        var drawn = terminal.ToString();
        progress.Wipe();

        Assert.Equal(["", "rendering leaflets 0/3", "rendering leaflets 1/3", "rendering leaflets 2/3", "rendering leaflets 3/3", "checking links...".PadRight("rendering leaflets 3/3".Length)],
            drawn.Split('\r'));
        Assert.DoesNotContain('\n', terminal.ToString());
        Assert.EndsWith("\r" + new string(' ', "checking links...".Length) + "\r", terminal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_thousand_leaflets_done_within_a_tenth_of_a_second_draw_the_line_once()
    {
        var terminal = new StringWriter();
        var clock = new StoppedClock();
        var progress = new ConsoleProgress(new StringWriter(), "output", terminal, clock);

        progress.StageStarted("rendering leaflets", 1000);
        Parallel.For(0, 1000, _ => progress.ItemDone());
        clock.Advance(TimeSpan.FromMilliseconds(100));
        progress.ItemDone();

        Assert.Equal(["", "rendering leaflets 0/1000", "rendering leaflets 1001/1000"], terminal.ToString().Split('\r'));
    }

    [Fact]
    public void Without_a_terminal_nothing_is_drawn_but_a_wait_for_another_build_is_said()
    {
        var error = new StringWriter();
        var progress = new ConsoleProgress(error, "site/output", terminal: null);

        progress.StageStarted("rendering leaflets", 2);
        progress.ItemDone();
        progress.WaitingForOtherBuild(4242);
        progress.Wipe();

        Assert.Equal("leaflet: another build (pid 4242) is writing site/output/; waiting for it to finish (--no-wait fails at once instead)\n",
            error.ToString().Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_build_tells_its_stages_in_order_and_counts_every_leaflet_it_renders()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var recorder = new Recorder();

        var result = SitePipeline.Build(new BuildOptions
        {
            ContentRoot = workspace.ContentRoot,
            TemplatesRoot = workspace.TemplatesRoot,
            OutputRoot = workspace.OutputRoot,
            NoPdf = true,
            Progress = recorder,
        });

        Assert.True(result.Published);
        Assert.Equal([("reading", 0), ("validating", 0), ("rendering leaflets", 2), ("checking links", 0), ("publishing", 0)], recorder.Stages);
        Assert.Equal(2, recorder.Done);
    }

    [Fact]
    public void A_build_whose_output_is_captured_prints_no_progress()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = Commands.Run(["build", "--content", workspace.ContentRoot, "--templates", workspace.TemplatesRoot, "--output", workspace.OutputRoot, "--no-pdf"],
            output, error, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.DoesNotContain('\r', output.ToString() + error.ToString());
        Assert.DoesNotContain("rendering", output.ToString() + error.ToString());
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_program_draws_progress_on_a_terminal_and_none_in_a_pipe_or_in_CI(bool ci)
    {
        const string Script = "/usr/bin/script";
        if (!File.Exists(Script))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException("script is missing; CI must run: apt-get install bsdutils");
            Skip.If(true, "script is missing, which gives the program a terminal; to run this test: apt-get install bsdutils");
        }
        using var workspace = SiteWorkspace.FromFixture("basic");
        string[] build = ["build", "--content", workspace.ContentRoot, "--templates", workspace.TemplatesRoot, "--output", workspace.OutputRoot, "--no-pdf"];
        var command = string.Join(' ', new[] { LeafletProgram.Path }.Concat(build).Select(a => "'" + a + "'"));
        var environment = new Dictionary<string, string?> { ["CI"] = ci ? "true" : null };

        var onTerminal = Run(Script, ["-qefc", command, "/dev/null"], environment);
        var piped = LeafletProgram.Execute(build, environment);

        Assert.True(onTerminal.ExitCode == 0, onTerminal.Printed);
        Assert.Equal(0, piped.Exit);
        Assert.DoesNotContain('\r', piped.Error + piped.Output);
        if (ci) Assert.DoesNotContain("rendering leaflets", onTerminal.Printed);
        else Assert.Contains("\rrendering leaflets", onTerminal.Printed);
        Assert.Contains("Built 2 languages", onTerminal.Printed);
    }

    private sealed record Finished(int ExitCode, string Printed);

    private static Finished Run(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return new Finished(process.ExitCode, output.Result + error.Result);
    }
}
