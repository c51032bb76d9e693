using System.Diagnostics;
using Leaflet.Output;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Output;

/// <summary>
/// One build at a time writes an output folder, whatever starts them (a save hook, a person, two CI jobs): real
/// programs, started side by side on one site. A build that finds another writing waits for it, saying so, or with
/// --no-wait fails at once naming it; a build killed while writing never blocks the next.
/// </summary>
[Collection(HeavyTests.Name)]
public sealed class BuildLockTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly SiteWorkspace _workspace = SiteWorkspace.FromFixture("basic");
    private readonly List<Process> _started = [];

    private string[] Args(params string[] extra) =>
        ["build", "--content", _workspace.ContentRoot, "--templates", _workspace.TemplatesRoot, "--output", _workspace.OutputRoot, "--no-pdf", .. extra];

    private string LockFile => new OutputLocation(_workspace.OutputRoot).Lock;

    [Fact]
    public void A_second_build_with_no_wait_fails_at_once_naming_the_pid_of_the_build_writing_output()
    {
        var holder = StoppedWhileHoldingTheLock();

        // The holder is stopped: a build that waited for it would never end, and Execute would give up on it.
        var second = LeafletProgram.Execute(Args("--no-wait"));

        Assert.Equal(1, second.Exit);
        Assert.Matches($@"output: error LF9010: another build \(pid {holder.Id}\) is writing \S*output/", second.Error);
        Assert.DoesNotContain("LF9007", second.Error);
        Assert.DoesNotContain("LF3", second.Error);
        Assert.DoesNotContain("waiting", second.Error);

        Signals.Send(holder, Signals.SIGCONT);
        AssertEndsCleanly(holder);
    }

    [Fact]
    public async Task A_second_build_waits_saying_so_and_both_publish_once_the_first_has_finished()
    {
        var holder = StoppedWhileHoldingTheLock();

        var second = Start(Args());
        var errors = new List<string>();
        string? line;
        while ((line = await second.StandardError.ReadLineAsync().WaitAsync(Patience)) is not null)
        {
            errors.Add(line);
            if (line.Contains("waiting", StringComparison.Ordinal)) break;
        }
        var waiting = Assert.Single(errors, e => e.Contains("waiting", StringComparison.Ordinal));
        Assert.Contains($"another build (pid {holder.Id}) is writing", waiting, StringComparison.Ordinal);
        Assert.False(second.WaitForExit(TimeSpan.FromSeconds(1)), "the second build did not wait for the first");

        Signals.Send(holder, Signals.SIGCONT);
        AssertEndsCleanly(holder);
        AssertEndsCleanly(second);
        Assert.True(File.Exists(Path.Combine(_workspace.OutputRoot, "en", "index.html")));
        AssertNoLeftovers();
    }

    [Fact]
    public void A_build_killed_while_holding_the_lock_does_not_block_the_next()
    {
        var holder = StoppedWhileHoldingTheLock();
        Signals.Send(holder, Signals.SIGKILL);
        Assert.True(holder.WaitForExit(Patience));
        Assert.Equal(holder.Id.ToString(), File.ReadAllText(LockFile).Trim());

        var next = LeafletProgram.Execute(Args("--no-wait"));

        Assert.True(next.Exit == 0, next.Error);
        Assert.DoesNotContain("LF9010", next.Error);
        Assert.True(File.Exists(Path.Combine(_workspace.OutputRoot, "index.html")));
        AssertNoLeftovers();
    }

    [Fact]
    public void Two_builds_started_together_into_one_output_both_publish_without_an_error()
    {
        var first = Start(Args());
        var second = Start(Args());

        AssertEndsCleanly(first);
        AssertEndsCleanly(second);
        Assert.True(File.Exists(Path.Combine(_workspace.OutputRoot, "index.html")));
        AssertNoLeftovers();
    }

    [Fact]
    public void The_lock_file_is_beside_the_output_folder_never_inside_it()
    {
        var run = LeafletProgram.Execute(Args());

        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal(Path.GetDirectoryName(_workspace.OutputRoot), Path.GetDirectoryName(LockFile));
        Assert.True(File.Exists(LockFile));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(_workspace.OutputRoot, "*", SearchOption.AllDirectories),
            path => path.Contains("lock", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A build stopped (SIGSTOP) just after it took the lock, so it holds it as long as the test needs. It writes its
    /// process id into the lock file once it holds the lock; the small site builds in under a second, so a build
    /// that ends before it can be stopped is started again.
    /// </summary>
    private Process StoppedWhileHoldingTheLock()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var build = Start(Args());
            var clock = Stopwatch.StartNew();
            while (!build.HasExited && clock.Elapsed < Patience && ReadLockFile() != build.Id.ToString()) Thread.Sleep(1);
            if (Signals.Send(build, Signals.SIGSTOP) && !build.HasExited) return build;
            build.WaitForExit();
        }
        throw new InvalidOperationException("no build could be stopped while it held the lock");
    }

    private string? ReadLockFile()
    {
        try
        {
            return File.ReadAllText(LockFile).Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }

    private Process Start(string[] args)
    {
        var process = LeafletProgram.Start(args);
        _started.Add(process);
        return process;
    }

    private static void AssertEndsCleanly(Process process)
    {
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(Patience), "a build did not end");
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error.Result + output.Result);
        Assert.DoesNotContain(": error ", error.Result);
        Assert.StartsWith("Built ", output.Result);
    }

    private void AssertNoLeftovers()
    {
        var location = new OutputLocation(_workspace.OutputRoot);
        Assert.False(Directory.Exists(location.Staging), "a staging folder was left behind");
        Assert.False(File.Exists(location.SwapJournal), "a swap journal was left behind");
    }

    public void Dispose()
    {
        foreach (var process in _started)
        {
            if (!process.HasExited)
            {
                Signals.Send(process, Signals.SIGCONT);
                process.Kill();
                process.WaitForExit();
            }
            process.Dispose();
        }
        _workspace.Dispose();
    }
}
