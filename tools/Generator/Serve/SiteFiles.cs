using Leaflet.Diagnostics;

namespace Leaflet.Serve;

/// <summary>What a request for a path finds, answered as a static host would answer it.</summary>
public enum LookupKind
{
    File,
    /// <summary>A folder named without its trailing slash: hosts redirect to the slash so relative links resolve.</summary>
    Redirect,
    NotFound,
}

public sealed record Lookup(LookupKind Kind, string Path);

/// <summary>
/// One build's files, never changed once made: the server reads a snapshot while the next build
/// makes another, so a request never sees half a build.
/// </summary>
/// <param name="Number">Counts the builds published, so an open page can tell it missed one.</param>
/// <param name="Problems">The diagnostics of the latest attempt when it failed; empty when this is the latest build.</param>
public sealed record SiteFiles(int Number, IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Problems)
{
    public const string IndexFile = "index.html";
    public const string NotFoundPage = "404.html";

    public static SiteFiles Empty { get; } = new(0, new Dictionary<string, byte[]>(), []);

    /// <summary>The warnings of this build (plain language, review dates…), shown over its pages until the next build.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <param name="path">The URL path without its leading slash, percent-decoded.</param>
    public Lookup Find(string path)
    {
        if (path.Length == 0 || path.EndsWith('/'))
            return Files.ContainsKey(path + IndexFile) ? new Lookup(LookupKind.File, path + IndexFile) : new Lookup(LookupKind.NotFound, path);
        if (Files.ContainsKey(path)) return new Lookup(LookupKind.File, path);
        return Files.ContainsKey($"{path}/{IndexFile}") ? new Lookup(LookupKind.Redirect, path + "/") : new Lookup(LookupKind.NotFound, path);
    }

    public SiteFiles WithProblems(IReadOnlyList<Diagnostic> problems) => this with { Problems = problems };
}
