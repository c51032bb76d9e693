namespace Leaflet.Output;

/// <summary>
/// Replaces output/ with a finished staging folder so that, whatever moment the process dies at,
/// either the old site or the new one is whole. The journal file says a complete staging folder is
/// being swapped in, so the next build knows to finish the swap rather than discard it.
/// </summary>
/// <remarks>
/// The swap: write the journal, rename output/ to .previous, rename staging to output/, delete the
/// journal. Every step is a rename or a delete on one file system, so each state a crash can leave
/// is recognisable from which of the four paths exist. What a power cut leaves is as recognisable:
/// the staging folder is on the disk before the journal names it complete, the journal before the
/// first rename, and both renames before the journal is deleted (<see cref="DiskFlush"/>). The replaced site stays whole in .previous
/// until the next build stages into it (<see cref="StagingFolder"/>, and
/// docs/decisions/0031-recycled-staging-folder.md), keeping its folders and unchanged files.
/// </remarks>
public sealed class AtomicPublisher(OutputLocation location)
{
    /// <summary>Finishes a swap an earlier build was interrupted in, or clears what an unfinished build left.</summary>
    public void Recover()
    {
        if (File.Exists(location.SwapJournal))
        {
            if (Directory.Exists(location.Staging)) Swap();
            else if (!Directory.Exists(location.Output) && Directory.Exists(location.Previous)) RollBack();
            else FinishSwap();
            return;
        }
        DeleteFolder(location.Staging);
    }

    /// <returns>The staging folder, marked as Leaflet's: the earlier site's files when there are some, else empty.</returns>
    public string BeginStaging()
    {
        Recover();
        // The one place that decides whether a build starts from the site before last or from nothing.
        if (Directory.Exists(location.Previous)) Directory.Move(location.Previous, location.Staging);
        else Directory.CreateDirectory(location.Staging);
        // Whatever an earlier tree holds at the marker's path (a link, a folder) goes, rather than be written through.
        var marker = Path.Combine(location.Staging, OutputMarker.FileName);
        if (Directory.Exists(marker) && new DirectoryInfo(marker).LinkTarget is null) Directory.Delete(marker, recursive: true);
        else File.Delete(marker);
        OutputMarker.Write(location.Staging);
        return location.Staging;
    }

    public void Publish()
    {
        DiskFlush.FileSystemOf(location.Staging);
        File.WriteAllText(location.SwapJournal, "");
        DiskFlush.Folders(location.Parent);
        Swap();
    }

    /// <summary>
    /// Drops an unfinished staging folder, and with it the files of the site before last it reused:
    /// the next build starts a new tree, as the first did. Once the journal exists the staging folder
    /// is the site being published, and output/ may already have been moved aside: only recovery may
    /// touch it.
    /// </summary>
    public void Discard()
    {
        if (!File.Exists(location.SwapJournal)) DeleteFolder(location.Staging);
    }

    private void Swap()
    {
        if (Directory.Exists(location.Output))
        {
            DeleteFolder(location.Previous);
            Directory.Move(location.Output, location.Previous);
        }
        Directory.Move(location.Staging, location.Output);
        DiskFlush.Folders(location.Output, location.Previous, location.Parent);
        FinishSwap();
    }

    /// <summary>The staging folder is gone but so is output/: put the earlier site back rather than leave none.</summary>
    private void RollBack()
    {
        Directory.Move(location.Previous, location.Output);
        DiskFlush.Folders(location.Output, location.Parent);
        File.Delete(location.SwapJournal);
    }

    private void FinishSwap() => File.Delete(location.SwapJournal);

    private static void DeleteFolder(string path) => FolderRemoval.Delete(path);
}
