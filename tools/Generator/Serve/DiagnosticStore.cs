using Leaflet.Diagnostics;

namespace Leaflet.Serve;

/// <summary>
/// The diagnostics of the site as it now stands, kept per unit (a leaflet, a language, a page, the
/// site) and per step (load, validate, pdf, html), so that rebuilding one leaflet replaces exactly
/// what that leaflet reported before and leaves everyone else's diagnostics as they were.
/// </summary>
public sealed class DiagnosticStore
{
    public const string Site = "site";
    public const string Links = "links";

    private readonly Dictionary<(string Unit, string Step), IReadOnlyList<Diagnostic>> _entries = new();

    public static string Leaflet(string slug) => "leaflet:" + slug;

    public static string Language(string code) => "language:" + code;

    public static string Page(string path) => "page:" + path;

    public void Set(string unit, string step, IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        if (list.Count == 0) _entries.Remove((unit, step));
        else _entries[(unit, step)] = list;
    }

    /// <summary>Replaces one step's diagnostics in every unit, each placed by the file it names.</summary>
    public void SetEach(string step, IEnumerable<Diagnostic> diagnostics, Func<Diagnostic, string> unitOf)
    {
        foreach (var key in _entries.Keys.Where(k => k.Step == step).ToList()) _entries.Remove(key);
        foreach (var group in diagnostics.GroupBy(unitOf, StringComparer.Ordinal)) Set(group.Key, step, group);
    }

    public void RemoveUnit(string unit)
    {
        foreach (var key in _entries.Keys.Where(k => k.Unit == unit).ToList()) _entries.Remove(key);
    }

    public void Clear() => _entries.Clear();

    public bool HasErrors => _entries.Values.Any(list => list.Any(d => d.Severity == Severity.Error));

    /// <summary>Sorted as a build sorts them, so serve and build print the same list for the same content.</summary>
    public IReadOnlyList<Diagnostic> All()
    {
        var bag = new DiagnosticBag();
        foreach (var list in _entries.Values) bag.AddRange(list);
        return bag.ToSortedList();
    }
}
