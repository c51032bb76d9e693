namespace Leaflet.Output;

/// <summary>
/// The output folder and the folders beside it that make its replacement atomic. They are siblings,
/// on the same file system, so each step of the swap is a rename.
/// </summary>
public sealed record OutputLocation(string Output)
{
    public string Staging => Sibling("staging");
    public string Previous => Sibling("previous");

    /// <summary>Exists from the moment staging is complete until the swap has finished.</summary>
    public string SwapJournal => Sibling("swapping");

    /// <summary>
    /// Held (flock) by the build writing these folders. Beside output/, never in it, and never deleted: a lock on a
    /// file that another build could delete and create again would not exclude the builds that opened each.
    /// </summary>
    public string Lock => Sibling("lock");

    /// <summary>The folder holding output/ and the folders beside it, whose entries the swap renames.</summary>
    public string Parent => Path.GetDirectoryName(Path.GetFullPath(Output).TrimEnd(Path.DirectorySeparatorChar))!;

    private string Sibling(string role)
    {
        var full = Path.GetFullPath(Output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Parent, $".{Path.GetFileName(full)}.{role}");
    }
}
