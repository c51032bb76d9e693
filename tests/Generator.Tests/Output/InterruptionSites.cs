using System.Globalization;
using Leaflet.Corpus;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Output;

/// <summary>
/// The folders <see cref="InterruptionTests"/> builds from and into, and what a whole site of them is:
/// the 1,000-leaflet corpus in two languages (2,004 pages), a small corpus of five, and one output.
/// </summary>
internal sealed class InterruptionSites(TempFolder temp)
{
    public const int Leaflets = 1000;
    public const int SmallLeaflets = 5;

    /// <summary>A leaflet the earlier site shows and no content has any more.</summary>
    public const string Deleted = "red-dots-on-the-body";

    private static readonly string[] Languages = ["en", "ru"];

    /// <summary>Complete builds seen so far, by (small, with PDFs): every later one must equal them.</summary>
    private readonly Dictionary<(bool, bool), TreeHash> _complete = [];

    public string Content { get; } = temp.Combine("content");
    public string Small { get; } = temp.Combine("small");
    public string Output { get; } = temp.Combine("site", "output");
    public string Parent => Path.GetDirectoryName(Output)!;
    public string Journal => Path.Combine(Parent, ".output.swapping");

    /// <summary>
    /// Writes both corpora and publishes the earlier site: the small one with a leaflet the others
    /// lack, and 4,000 more files, as many as a real site of this size has PDFs, so that deleting it
    /// is the slowest step of the swap, as in life. The leaflet then goes from the small content too.
    /// </summary>
    public TreeHash Prepare()
    {
        CorpusWriter.Write(Repository.Content, Content, Leaflets);
        CorpusWriter.Write(Repository.Content, Small, SmallLeaflets);
        foreach (var language in Languages)
            File.Copy(Path.Combine(Repository.Content, language, Deleted + ".md"), Path.Combine(Small, language, Deleted + ".md"));
        var run = LeafletProgram.Execute(["build", "--content", Small, "--output", Output, "--no-pdf"]);
        Assert.True(run.Exit == 0, run.Error);
        Assert.True(Directory.Exists(Path.Combine(Output, "en", Deleted)));
        foreach (var language in Languages) File.Delete(Path.Combine(Small, language, Deleted + ".md"));
        var filler = Path.Combine(Output, "filler");
        Directory.CreateDirectory(filler);
        for (var i = 0; i < 4000; i++) File.WriteAllText(Path.Combine(filler, $"{i}.txt"), i.ToString(CultureInfo.InvariantCulture));
        return TreeHash.Of(Output);
    }

    /// <summary>
    /// output/ is a whole site of the content: every leaflet's page in both languages and nothing of
    /// leaflets the content lacks or of the earlier site; byte for byte any other complete build of it.
    /// </summary>
    public void AssertWhole(bool small, bool pdf, string what)
    {
        var site = TreeHash.Of(Output);
        if (_complete.TryGetValue((small, pdf), out var complete))
        {
            site.AssertSameAs(complete, what);
            return;
        }
        foreach (var language in Languages)
        {
            var slugs = Directory.EnumerateFiles(Path.Combine(small ? Small : Content, language), "*.md").Select(Path.GetFileNameWithoutExtension).ToHashSet();
            Assert.Equal(small ? SmallLeaflets : Leaflets, slugs.Count);
            var published = Directory.EnumerateDirectories(Path.Combine(Output, language)).Select(Path.GetFileName).ToHashSet();
            Assert.True(published.SetEquals(slugs), $"{what}: the {language} leaflet folders are not those of the content");
            Assert.All(slugs, slug => Assert.True(File.Exists(Path.Combine(Output, language, slug!, "index.html")), $"{what}: {language}/{slug} has no page"));
        }
        Assert.False(Directory.Exists(Path.Combine(Output, "filler")), $"{what}: files of the earlier site survived");
        Assert.True(File.Exists(Path.Combine(Output, "sitemap.xml")) && File.Exists(Path.Combine(Output, ".leaflet-output")));
        _complete[(small, pdf)] = site;
    }
}
