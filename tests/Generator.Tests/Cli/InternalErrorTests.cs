using Leaflet.Pipeline;
using Leaflet.Cli;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Cli;

/// <summary>
/// An exception escaping the engine is a bug in leaflet: the user reads that first, in one line,
/// then the details a bug report needs, and the exit code is 3, apart from 1 (content) and 2 (usage).
/// A full disk is not a bug: it is LF9007 and exit code 1.
/// </summary>
public sealed class InternalErrorTests
{
    private sealed record Run(int Exit, string Output, string Error);

    private static Run Build(SiteWorkspace workspace, BuildHooks hooks, Func<string, string?>? environment = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["build", "--content", workspace.ContentRoot, "--templates", workspace.TemplatesRoot, "--output", workspace.OutputRoot, "--no-pdf"];
        var exit = environment is null
            ? Commands.Run(args, output, error, CancellationToken.None, hooks)
            : BuildCommand.Run(args[1..], output, error, CancellationToken.None, hooks, environment);
        return new Run(exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void An_exception_in_a_stage_exits_with_3_saying_internal_error_first_and_the_details_after()
    {
        using var earlier = EarlierOutput.Of(SiteWorkspace.FromFixture("basic"));
        var hooks = new BuildHooks { StageStarting = s => { if (s == BuildStage.Html) throw new InvalidOperationException("the renderer lost its place"); } };

        var run = Build(earlier.Workspace, hooks);

        Assert.Equal(Commands.InternalErrorExitCode, run.Exit);
        var lines = run.Error.Split('\n');
        Assert.Equal("leaflet: internal error: the renderer lost its place", lines[0]);
        Assert.Contains("bug in leaflet", lines[1]);
        Assert.Contains("System.InvalidOperationException: the renderer lost its place", run.Error);
        Assert.Contains(" at ", run.Error);
        Assert.DoesNotContain(": error LF", run.Error);
        earlier.AssertUntouched();
    }

    [Fact]
    public void A_file_the_system_will_not_write_is_LF9007_and_exit_code_1_not_an_internal_error()
    {
        using var earlier = EarlierOutput.Of(SiteWorkspace.FromFixture("basic"));
        var hooks = new BuildHooks { FileWriting = path => throw new IOException($"No space left on device : '{path}'") };

        var run = Build(earlier.Workspace, hooks);

        Assert.Equal(1, run.Exit);
        Assert.Matches(@"output: error LF9007: a file could not be read or written: No space left on device", run.Error);
        Assert.DoesNotContain("internal error", run.Error);
        earlier.AssertUntouched();
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    public void A_malformed_SOURCE_DATE_EPOCH_is_wrong_usage(string value)
    {
        using var workspace = SiteWorkspace.FromFixture("basic");

        var run = Build(workspace, new BuildHooks(), name => name == "SOURCE_DATE_EPOCH" ? value : null);

        Assert.Equal(2, run.Exit);
        Assert.Contains("error LF9001: SOURCE_DATE_EPOCH must be a whole number of seconds", run.Error);
        Assert.False(Directory.Exists(workspace.OutputRoot));
    }

    [Theory]
    [InlineData("--output")]
    [InlineData("--content")]
    public void An_empty_folder_option_is_wrong_usage_not_a_crash(string option)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = Commands.Run(["build", option, ""], output, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains($"option '{option}' needs a folder", error.ToString());
    }
}
