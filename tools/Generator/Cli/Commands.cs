using Leaflet.Pipeline;
using Leaflet.Links;

namespace Leaflet.Cli;

/// <summary>
/// Picks the command and turns what escapes it into an exit code. An exception that is not an
/// interruption is a bug in leaflet, not a problem in the user's content: it is said so, with the
/// details a bug report needs, and exit code 3.
/// </summary>
public static class Commands
{
    public const int InternalErrorExitCode = 3;

    /// <param name="hooks">For tests: steps into a build (see <see cref="BuildHooks"/>).</param>
    /// <param name="terminal">stderr when it is a terminal, for progress a command draws in place; null in tests, logs and pipes.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancel, BuildHooks? hooks = null,
        TextWriter? terminal = null)
    {
        if (args.Count == 0) return Usage.Fail(error, "name a command");
        var rest = args.Skip(1).ToList();
        try
        {
            return args[0] switch
            {
                "build" => BuildCommand.Run(rest, output, error, cancel, hooks, terminal: terminal),
                "serve" => ServeCommand.Run(rest, output, error, cancel),
                "check" => CheckCommand.Run(rest, output, error),
                "status" => StatusCommand.Run(rest, output, error),
                "translated" => TranslatedCommand.Run(rest, output, error),
                "release" => ReleaseCommand.Run(rest, output, error),
                "new" => NewCommand.Run(rest, output, error),
                "add" => AddCommand.Run(rest, output, error),
                "--version" => Version(output),
                "help" or "--help" or "-h" => Help(output),
                _ => Usage.Fail(error, $"unknown command '{args[0]}'"),
            };
        }
        catch (Exception e) when (!IsInterruption(e, cancel))
        {
            error.WriteLine($"leaflet: internal error: {Innermost(e).Message}");
            error.WriteLine("This is a bug in leaflet, not a problem in the content; the output folder was left as it was.");
            error.WriteLine("Please report it with the details below.");
            error.WriteLine();
            error.WriteLine(e);
            return InternalErrorExitCode;
        }
    }

    /// <summary>A cancellation the user asked for, perhaps wrapped by a parallel stage; the caller reports it.</summary>
    public static bool IsInterruption(Exception e, CancellationToken cancel) =>
        cancel.IsCancellationRequested && (e is OperationCanceledException
            || (e is AggregateException aggregate && aggregate.Flatten().InnerExceptions.All(i => i is OperationCanceledException)));

    private static Exception Innermost(Exception e) =>
        e is AggregateException { InnerExceptions.Count: 1 } aggregate ? Innermost(aggregate.InnerExceptions[0]) : e;

    private static int Help(TextWriter output)
    {
        output.WriteLine($"leaflet {ToolVersion.Text}");
        output.WriteLine(Usage.Text);
        return 0;
    }

    private static int Version(TextWriter output)
    {
        output.WriteLine(ToolVersion.Text);
        return 0;
    }
}
