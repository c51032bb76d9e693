using Leaflet.Tests.Support;

namespace Leaflet.Tests.Fuzz;

/// <summary>What the tests of inputs the fuzzer found share: a valid front matter, and builds on a 1 MB stack as the fuzzer's.</summary>
public static class FoundCases
{
    public const string FrontMatter = """
        ---
        title: A leaflet
        description: A description long enough to be shown by a search engine.
        published: 2026-11-24
        last_reviewed: 2026-11-24
        next_review: 2027-11-24

        """;

    public static BuiltSite BuildOnSmallStack(SiteWorkspace workspace, bool noPdf = true)
    {
        BuiltSite? site = null;
        Exception? thrown = null;
        var thread = new Thread(() =>
        {
            try { site = workspace.Build(noPdf: noPdf); }
            catch (Exception e) { thrown = e; }
        }, FuzzRunner.StackSize);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(10)), "the build did not end within 10 s");
        Assert.Null(thrown);
        return site!;
    }
}
