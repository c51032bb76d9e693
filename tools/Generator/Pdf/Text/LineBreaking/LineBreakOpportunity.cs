namespace Leaflet.Pdf.Text.LineBreaking;

/// <summary>How a line may end at a break opportunity.</summary>
public enum BreakKind : byte
{
    /// <summary>A line may end here.</summary>
    Allowed,

    /// <summary>A line must end here: after a line or paragraph separator, and at the end of the text.</summary>
    Mandatory,

    /// <summary>
    /// Inside a word (after "/" or "-" in an address or a compound): a line ends here only when the
    /// word does not fit on a line of its own.
    /// </summary>
    InsideLongWord,
}

/// <summary>A line may end before the UTF-16 index <see cref="Index"/> of the text (1 to the text's length).</summary>
public readonly record struct LineBreakOpportunity(int Index, BreakKind Kind)
{
    public bool IsMandatory => Kind == BreakKind.Mandatory;
}
