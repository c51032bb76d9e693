namespace Leaflet.Links.Strict;

/// <summary>
/// One start tag as the strict scanner read it. The scanner reuses one for every tag of a page, and
/// takes an attribute's value out of the page only when the checker asks for it: most attributes
/// (class, content) are never read.
/// </summary>
internal sealed class StrictTag : IPageElement
{
    private readonly List<Attribute> _attributes = [];
    private string _page = "";

    public string LocalName { get; private set; } = "";

    /// <summary>Where the tag's '&lt;' is in the page.</summary>
    public int Offset { get; private set; }

    /// <summary>Whether any attribute is one a diagnostic may have to point at (<see cref="ElementLinks.IsLocated"/>).</summary>
    public bool IsLocated { get; private set; }

    public bool SelfClosing { get; set; }

    public void Begin(string page, int offset, string name)
    {
        _page = page;
        Offset = offset;
        LocalName = name;
        IsLocated = false;
        SelfClosing = false;
        _attributes.Clear();
    }

    /// <param name="decoded">The value with its character references resolved, or null when it has none.</param>
    public void Add(string name, int valueStart, int valueLength, string? decoded)
    {
        // The parser keeps the first of two attributes with one name and drops the other.
        if (GetIndex(name) >= 0) return;
        _attributes.Add(new Attribute(name, valueStart, valueLength, decoded));
        IsLocated |= ElementLinks.IsLocated(name);
    }

    public string? GetAttribute(string name)
    {
        var index = GetIndex(name);
        if (index < 0) return null;
        var attribute = _attributes[index];
        return attribute.Decoded ?? _page.Substring(attribute.ValueStart, attribute.ValueLength);
    }

    private int GetIndex(string name)
    {
        for (var i = 0; i < _attributes.Count; i++)
            if (string.Equals(_attributes[i].Name, name, StringComparison.Ordinal)) return i;
        return -1;
    }

    private readonly record struct Attribute(string Name, int ValueStart, int ValueLength, string? Decoded);
}
