namespace Leaflet.Pdf.PostSave;

/// <summary>
/// Where each object of a saved file starts and ends: PDFsharp writes them one after another, so an
/// object runs from its offset to the next object's, the last one to the cross-reference table.
/// </summary>
internal sealed class SavedObjects
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    public SavedObjects(CrossReferenceTable table)
    {
        Table = table;
        var order = new List<int>(table.Count);
        for (var number = 1; number < table.Count; number++)
            if (table.InUse(number)) order.Add(number);
        order.Sort((a, b) => table.ObjectOffset(a).CompareTo(table.ObjectOffset(b)));
        InFileOrder = order;

        _starts = new int[table.Count];
        _ends = new int[table.Count];
        for (var i = 0; i < order.Count; i++)
        {
            _starts[order[i]] = table.ObjectOffset(order[i]);
            _ends[order[i]] = i + 1 < order.Count ? table.ObjectOffset(order[i + 1]) : table.Offset;
        }
    }

    public CrossReferenceTable Table { get; }

    /// <summary>The numbers of the objects in use, by offset.</summary>
    public IReadOnlyList<int> InFileOrder { get; }

    /// <summary>Where the first object starts: the header comes before it.</summary>
    public int FirstOffset => InFileOrder.Count > 0 ? _starts[InFileOrder[0]] : Table.Offset;

    /// <summary>Where the object starts in the file.</summary>
    public int Start(int number) => _starts[number];

    public ReadOnlySpan<byte> Object(ReadOnlySpan<byte> pdf, int number) =>
        number > 0 && number < _starts.Length && _ends[number] > 0 ? pdf[_starts[number].._ends[number]] : [];
}
