namespace Leaflet.Output;

/// <summary>
/// Replaces output/ with a finished staging folder so that, whatever moment the process dies at,
/// either the old site or the new one is whole. The journal file says a complete staging folder is
/// being swapped in, so the next build knows to finish the swap rather than discard it.
/// </summary>
public sealed class AtomicPublisher(OutputLocation location)
{
    /// <summary>Finishes a swap an earlier build was interrupted in, or clears what an unfinished build left.</summary>
    public void Recover()
    {
        if (File.Exists(location.SwapJournal))
        {
            if (Directory.Exists(location.Staging)) Swap();
            else FinishSwap();
            return;
        }
        DeleteFolder(location.Staging);
        DeleteFolder(location.Previous);
    }

    public string BeginStaging()
    {
        Recover();
        Directory.CreateDirectory(location.Staging);
        return location.Staging;
    }

    public void Publish()
    {
        File.WriteAllText(location.SwapJournal, "");
        Swap();
    }

    public void Discard() => DeleteFolder(location.Staging);

    private void Swap()
    {
        if (Directory.Exists(location.Output)) Directory.Move(location.Output, location.Previous);
        Directory.Move(location.Staging, location.Output);
        FinishSwap();
    }

    private void FinishSwap()
    {
        DeleteFolder(location.Previous);
        File.Delete(location.SwapJournal);
    }

    private static void DeleteFolder(string path) => FolderRemoval.Delete(path);
}
