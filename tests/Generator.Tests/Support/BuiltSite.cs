using System.Collections.Concurrent;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Leaflet.Pipeline;

namespace Leaflet.Tests.Support;

/// <summary>The outcome of one build: its result and the files it published, read back on demand.</summary>
public sealed class BuiltSite(BuildResult result, string outputRoot)
{
    private readonly ConcurrentDictionary<string, IHtmlDocument> _pages = new(StringComparer.Ordinal);

    public BuildResult Result => result;

    public string OutputRoot => outputRoot;

    /// <summary>Every diagnostic in its printed form, one a line, for assertion messages.</summary>
    public string Printed => string.Join("\n", result.Diagnostics.Select(d => d.ToString()));

    public static BuiltSite Build(string contentRoot, string templatesRoot, string outputRoot, Uri? baseUrl = null, bool strict = false, bool noPdf = false,
        BuildHooks? hooks = null, DateTimeOffset? sourceDate = null, bool drafts = false)
    {
        var result = SitePipeline.Build(new BuildOptions
        {
            ContentRoot = contentRoot,
            TemplatesRoot = templatesRoot,
            OutputRoot = outputRoot,
            BaseUrl = baseUrl,
            Strict = strict,
            NoPdf = noPdf,
            Hooks = hooks,
            SourceDate = sourceDate,
            Drafts = drafts,
        });
        return new BuiltSite(result, outputRoot);
    }

    /// <summary>Fails the calling test, with every diagnostic, unless the build published its site.</summary>
    public BuiltSite AssertPublished()
    {
        Assert.True(result.Published, $"the build did not publish:\n{Printed}");
        Assert.Equal(0, result.Errors);
        return this;
    }

    /// <summary>Every published file, relative to the output folder with '/' separators, in ordinal order.</summary>
    public IReadOnlyList<string> Files =>
        Directory.EnumerateFiles(outputRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outputRoot, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<string> HtmlPages => Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();

    public string PathOf(string relative) => Path.Combine([outputRoot, .. relative.Split('/')]);

    public bool Exists(string relative) => File.Exists(PathOf(relative));

    public string Text(string relative) => File.ReadAllText(PathOf(relative));

    public byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    /// <summary>The page parsed by AngleSharp, once per page: a parser is cheap, a DOM is worth keeping.</summary>
    public IHtmlDocument Page(string relative) =>
        _pages.GetOrAdd(relative, r => new HtmlParser().ParseDocument(Text(r)));
}
