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

    private string Sibling(string role)
    {
        var full = Path.GetFullPath(Output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{role}");
    }
}
