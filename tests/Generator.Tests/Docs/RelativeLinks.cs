namespace Leaflet.Tests.Docs;

/// <summary>
/// Checks the links of Markdown files in a repository as a reader on GitHub follows them: a relative
/// link names a file or folder that exists, inside the repository, and its fragment names a heading of
/// the Markdown file it leads to. Web links (http, https, mailto) are left to the reader; any other
/// scheme and any path from a root ("/…", "C:\…") lead off the repository.
/// </summary>
public sealed class RelativeLinks(string root)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    private readonly Dictionary<string, IReadOnlySet<string>> _anchors = new(StringComparer.Ordinal);

    private static readonly string[] WebSchemes = ["http:", "https:", "mailto:"];

    /// <summary>One line per broken link of <paramref name="file"/> (absolute), in the compiler format.</summary>
    public IReadOnlyList<string> Problems(string file)
    {
        var document = MarkdownLinks.Parse(File.ReadAllText(file));
        var shown = Path.GetRelativePath(_root, file).Replace(Path.DirectorySeparatorChar, '/');
        var problems = new List<string>();
        foreach (var link in MarkdownLinks.In(document))
        {
            var problem = Problem(file, link.Url);
            if (problem is not null) problems.Add($"{shown}({link.Line},{link.Column}): link '{link.Url}' {problem}");
        }
        return problems;
    }

    private string? Problem(string file, string url)
    {
        if (WebSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase))) return null;
        var hash = url.IndexOf('#');
        var path = Uri.UnescapeDataString(hash >= 0 ? url[..hash] : url);
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        if (path.Contains(':', StringComparison.Ordinal)) return "leaves the repository: it names a scheme or a drive";
        if (path.StartsWith('/') || path.StartsWith('\\')) return "leaves the repository: it starts at a root, not at this file";

        var target = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
        var trimmed = Path.TrimEndingDirectorySeparator(target);
        if (trimmed != _root && !trimmed.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return $"leaves the repository: it leads to {trimmed}";
        if (!File.Exists(target) && !Directory.Exists(target)) return "names a file that does not exist";
        if (string.IsNullOrEmpty(fragment) || !target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !File.Exists(target)) return null;
        return AnchorsOf(target).Contains(fragment) ? null : $"names no heading of {Path.GetFileName(target)}";
    }

    private IReadOnlySet<string> AnchorsOf(string file)
    {
        if (!_anchors.TryGetValue(file, out var anchors))
            _anchors[file] = anchors = MarkdownLinks.Anchors(MarkdownLinks.Parse(File.ReadAllText(file)));
        return anchors;
    }
}
