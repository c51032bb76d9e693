using Leaflet.Tests.Support;

namespace Leaflet.Tests.Site;

/// <summary>The real content/ and templates/ built once into a temporary folder for a test class.</summary>
public sealed class RealSiteFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public RealSiteFixture()
    {
        Content = ContentInfo.Read(Repository.Content);
        Site = BuiltSite.Build(Repository.Content, Repository.Templates, _temp.Combine("output"));
    }

    public ContentInfo Content { get; }

    public BuiltSite Site { get; }

    /// <summary>Every page the content calls for: the chooser, each language's index, each leaflet in each of its languages, 404.</summary>
    public IEnumerable<string> ExpectedPages =>
        new[] { "index.html", "404.html" }
            .Concat(Content.Languages.Select(l => $"{l.Code}/index.html"))
            .Concat(Content.Languages.SelectMany(l => Content.Slugs[l.Code].Select(s => $"{l.Code}/{s}/index.html")));

    public void Dispose() => _temp.Dispose();
}
