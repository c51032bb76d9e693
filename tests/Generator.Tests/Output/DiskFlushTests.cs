using System.Diagnostics;
using System.Text.RegularExpressions;
using Leaflet.Output;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Output;

/// <summary>
/// A power cut right after a build must leave the old site or the new one, never empty files behind new folder
/// entries. The real program, traced by strace, as it replaces an earlier output/: the staging folder's file system
/// is synced once before the journal names it complete, the journal is on the disk before the first rename, and the
/// renamed folders and their parent are synced before the journal goes; never a blocking fsync per file.
/// </summary>
[Collection(HeavyTests.Name)]
public sealed partial class DiskFlushTests
{
    private const string InstallCommand = "apt-get install strace";

    [SkippableFact]
    public void Publishing_syncs_the_staging_file_system_then_the_journal_then_the_renamed_folders_before_the_journal_goes()
    {
        RequireStrace();
        using var workspace = SiteWorkspace.FromFixture("basic");
        string[] build = ["build", "--content", workspace.ContentRoot, "--templates", workspace.TemplatesRoot, "--output", workspace.OutputRoot, "--no-pdf"];
        var first = LeafletProgram.Execute(build);
        Assert.True(first.Exit == 0, first.Error);
        var location = new OutputLocation(workspace.OutputRoot);
        var trace = workspace.Temp.Combine("trace.txt");

        var traced = Run("strace", ["-f", "-qq", "-y", "-o", trace, "-e", "trace=syncfs,fsync,fdatasync,openat,rename,renameat,renameat2,unlink,unlinkat",
            LeafletProgram.Path, .. build]);

        Assert.True(traced.ExitCode == 0, traced.StandardError.ReadToEnd());
        var calls = File.ReadAllLines(trace).Select(l => Call().Match(l)).Where(m => m.Success)
            .Select(m => (Name: m.Groups["name"].Value, Args: m.Groups["args"].Value)).ToList();
        int Index(string name, string argument, int from = 0) =>
            calls.FindIndex(from, c => c.Name == name && c.Args.Contains(argument, StringComparison.Ordinal));

        var syncfs = Index("syncfs", location.Staging);
        var journal = calls.FindIndex(c => c.Name == "openat" && c.Args.Contains(location.SwapJournal, StringComparison.Ordinal) && c.Args.Contains("O_CREAT", StringComparison.Ordinal));
        var journalSynced = Index("fsync", $"<{location.Parent}>", journal);
        var outputAside = Index("rename", $"\"{location.Output}\", \"{location.Previous}\"");
        var stagingIn = Index("rename", $"\"{location.Staging}\", \"{location.Output}\"");
        var journalGone = Index("unlink", location.SwapJournal);
        Assert.True(syncfs >= 0, "the staging folder's file system was never synced");
        Assert.True(syncfs < journal, "the journal named the staging folder complete before its files were on the disk");
        Assert.True(journal < journalSynced && journalSynced < outputAside, "the journal was not on the disk before the first rename");
        Assert.True(outputAside < stagingIn && stagingIn < journalGone, "the swap's renames are out of order");
        foreach (var folder in new[] { location.Output, location.Previous, location.Parent })
        {
            var synced = Index("fsync", $"<{folder}>", stagingIn);
            Assert.True(synced > stagingIn && synced < journalGone, $"{folder} was not synced between the renames and the journal's deletion");
        }
        var fsyncs = calls.Count(c => c.Name is "fsync" or "fdatasync");
        Assert.True(fsyncs <= 4, $"{fsyncs} fsync calls: files are to be flushed by one syncfs, not one by one");
    }

    private static void RequireStrace()
    {
        if (File.Exists("/usr/bin/strace")) return;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException($"strace is not installed; CI must run: {InstallCommand}");
        Skip.If(true, $"strace is not installed; to run this test: {InstallCommand}");
    }

    private static Process Run(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = Repository.Root };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        _ = output.Result;
        return process;
    }

    /// <summary>One traced call: "1234 rename("/a", "/b") = 0", the process id first with -f.</summary>
    [GeneratedRegex(@"^\d+\s+(?<name>[a-z0-9_]+)\((?<args>.*)\)\s+=\s+\d+")]
    private static partial Regex Call();
}
