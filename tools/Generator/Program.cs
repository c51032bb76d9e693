using System.Globalization;
using Leaflet.Cli;

// The command line only: parse, run the engine, map the result to an exit code.

// Nothing the user's locale says may reach the output: formatting and comparing default to the invariant
// culture, and each article formats its dates with its own language's culture explicitly.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

using var interruption = new Interruption();
try
{
    // Progress is drawn in place only for a person watching: never into a redirected stderr (a pipe, a log) nor in CI.
    var terminal = Console.IsErrorRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) ? null : Console.Error;
    return Commands.Run(args, Console.Out, Console.Error, interruption.Token, terminal: terminal);
}
catch (Exception e) when (Commands.IsInterruption(e, interruption.Token))
{
    Console.Error.WriteLine($"leaflet: interrupted by {interruption.Signal}; the output folder was left as it was");
    return interruption.ExitCode;
}
