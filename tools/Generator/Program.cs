using System.Runtime.InteropServices;
using Leaflet.Cli;
using Leaflet.Links;

// The command line only: parse, run the engine, map the result to an exit code.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancel.Cancel();
});

if (args.Length == 0) return Usage.Fail(Console.Error, "name a command");
try
{
    return args[0] switch
    {
        "build" => BuildCommand.Run(args[1..], Console.Out, Console.Error, cancel.Token),
        "serve" => ServeCommand.Run(args[1..], Console.Out, Console.Error, cancel.Token),
        "check" => CheckCommand.Run(args[1..], Console.Out, Console.Error),
        "status" => StatusCommand.Run(args[1..], Console.Out, Console.Error),
        "translated" => TranslatedCommand.Run(args[1..], Console.Out, Console.Error),
        "help" or "--help" or "-h" => Help(),
        _ => Usage.Fail(Console.Error, $"unknown command '{args[0]}'"),
    };
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("leaflet: interrupted; the output folder was left as it was");
    return 130;
}

static int Help()
{
    Console.WriteLine(Usage.Text);
    return 0;
}
