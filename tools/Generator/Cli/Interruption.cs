using System.Runtime.InteropServices;

namespace Leaflet.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM cancel the build instead of killing the process, so it can clear its
/// staging folder and leave output/ as it was. The exit code is 128 + the signal's number, as a
/// shell reports a process the signal ended: 130 for SIGINT, 143 for SIGTERM.
/// </summary>
public sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration[] _registrations;
    private volatile string? _signal;
    private int _exitCode;

    public Interruption()
    {
        _registrations =
        [
            Register(PosixSignal.SIGINT, "SIGINT", 128 + 2),
            Register(PosixSignal.SIGTERM, "SIGTERM", 128 + 15),
        ];
    }

    public CancellationToken Token => _cancel.Token;

    public string Signal => _signal ?? "a signal";

    public int ExitCode => _exitCode;

    private PosixSignalRegistration Register(PosixSignal signal, string name, int exitCode) =>
        PosixSignalRegistration.Create(signal, context =>
        {
            context.Cancel = true;
            if (_signal is null)
            {
                _exitCode = exitCode;
                _signal = name;
            }
            _cancel.Cancel();
        });

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _cancel.Dispose();
    }
}
