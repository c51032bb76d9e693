namespace Leaflet.Serve;

/// <summary>
/// Which pages (and PDFs) link to which files, so that when a file changes or goes, the pages that
/// point at it are checked again and no others.
/// </summary>
internal sealed class LinkGraph
{
    private readonly Dictionary<string, IReadOnlyCollection<string>> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _sources = new(StringComparer.Ordinal);

    public void Set(string source, IReadOnlyCollection<string> targets)
    {
        Remove(source);
        _targets[source] = targets;
        foreach (var target in targets)
        {
            if (!_sources.TryGetValue(target, out var set)) _sources[target] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(source);
        }
    }

    public void Remove(string source)
    {
        if (!_targets.Remove(source, out var old)) return;
        foreach (var target in old)
        {
            if (!_sources.TryGetValue(target, out var set)) continue;
            set.Remove(source);
            if (set.Count == 0) _sources.Remove(target);
        }
    }

    public IEnumerable<string> SourcesOf(string target) => _sources.GetValueOrDefault(target) ?? Enumerable.Empty<string>();
}
