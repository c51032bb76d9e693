using Leaflet.Tests.Support;

namespace Leaflet.Tests.Site;

/// <summary>The pages of the real content, for theories that run once per page.</summary>
public static class RealPages
{
    private static readonly ContentInfo Content = ContentInfo.Read(Repository.Content);

    public static TheoryData<string> All => Data(_ => true);

    /// <summary>Pages that exist in several languages and so carry hreflang alternates: all but 404.html.</summary>
    public static TheoryData<string> Translated => Data(p => PageKind.Of(p).Kind != Kind.NotFound);

    public static TheoryData<string> WithSwitcher => Data(p => PageKind.Of(p).Kind is Kind.LanguageIndex or Kind.Leaflet);

    public static TheoryData<string> Leaflets => Data(p => PageKind.Of(p).Kind == Kind.Leaflet);

    private static TheoryData<string> Data(Func<string, bool> keep)
    {
        var pages = new[] { "index.html", "404.html" }
            .Concat(Content.Languages.Select(l => $"{l.Code}/index.html"))
            .Concat(Content.Languages.SelectMany(l => Content.Slugs[l.Code].Select(s => $"{l.Code}/{s}/index.html")));
        var data = new TheoryData<string>();
        foreach (var page in pages.Where(keep)) data.Add(page);
        return data;
    }
}
