using Leaflet.Tests.Support;

namespace Leaflet.Tests.Browser;

/// <summary>Every page kind of the real content, in every language: the chooser, each language index, each leaflet and 404.</summary>
public static class SitePages
{
    public const string Missing = "no-such-page/";

    public static TheoryData<string> All()
    {
        var content = ContentInfo.Read(Repository.Content);
        var data = new TheoryData<string> { "", Missing };
        foreach (var language in content.Languages)
        {
            data.Add($"{language.Code}/");
            foreach (var slug in content.Slugs[language.Code]) data.Add($"{language.Code}/{slug}/");
        }
        return data;
    }

    public static TheoryData<string> Leaflets()
    {
        var content = ContentInfo.Read(Repository.Content);
        var data = new TheoryData<string>();
        foreach (var language in content.Languages)
            foreach (var slug in content.Slugs[language.Code]) data.Add($"{language.Code}/{slug}/");
        return data;
    }
}
