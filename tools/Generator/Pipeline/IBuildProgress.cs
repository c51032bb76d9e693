namespace Leaflet.Pipeline;

/// <summary>
/// Told how a build goes, for whatever the command line shows while it runs; the engine itself prints nothing.
/// Calls are cheap for the build: at most one per leaflet.
/// </summary>
public interface IBuildProgress
{
    /// <summary>Another build has been writing the output folder for the last half second, and this one waits until it has finished.</summary>
    /// <param name="processId">The other build's process id; null when it could not be read.</param>
    void WaitingForOtherBuild(int? processId);

    /// <summary>A stage starts (the ones before it have ended).</summary>
    /// <param name="total">How many items <see cref="ItemDone"/> will count in it; 0 when it counts none.</param>
    void StageStarted(string stage, int total);

    /// <summary>One more item of the current stage is done. Called from any thread, several at once.</summary>
    void ItemDone();
}
