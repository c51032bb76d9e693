using Leaflet.Serve;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Serve;

/// <summary>Which rebuild a changed path asks for.</summary>
public sealed class ChangeClassifierTests : IClassFixture<ChangeClassifierTests.Model>
{
    private readonly Model _model;

    public ChangeClassifierTests(Model model) => _model = model;

    public sealed class Model : IDisposable
    {
        public Model() => Live = new LiveSite(SiteWorkspace.FromFixture("basic", copyTemplates: true));

        public LiveSite Live { get; }

        public void Dispose() => Live.Dispose();
    }

    private ChangePlan Classify(params string[] relative)
    {
        var live = _model.Live;
        var paths = relative.Select(r => live.Workspace.Temp.Combine(r.Split('/'))).ToList();
        return new ChangeClassifier(live.Options.ContentRoot, live.Options.TemplatesRoot).Classify(paths, live.Builder.Site);
    }

    [Fact]
    public void An_article_names_its_leaflet_in_any_language()
    {
        var plan = Classify("content/en/sun-safety.md", "content/ru/first-aid-for-burns.md");
        Assert.False(plan.Full);
        Assert.Equal(["first-aid-for-burns", "sun-safety"], plan.Leaflets.Order(StringComparer.Ordinal));
        Assert.Equal(2, plan.Files.Count);
    }

    [Fact]
    public void Templates_assets_and_language_files_are_told_apart()
    {
        var plan = Classify("templates/leaflet.html", "templates/assets/site.css", "content/ru/_language.yaml");
        Assert.Equal(["leaflet.html"], plan.Templates);
        Assert.True(plan.Assets);
        Assert.Equal(["ru"], plan.Languages);
    }

    [Theory]
    [InlineData("content/_site.yaml")]
    [InlineData("content/de/_language.yaml")]
    [InlineData("content/en/Bad Name.md")]
    [InlineData("content/images/new-picture.png")]
    public void What_cannot_be_placed_asks_for_a_full_rebuild(string path) => Assert.True(Classify(path).Full);

    [Theory]
    [InlineData("content/en/.sun-safety.md.swp")]
    [InlineData("content/en/sun-safety.md~")]
    [InlineData("content/notes.txt")]
    [InlineData("templates/README")]
    [InlineData("elsewhere/x.md")]
    public void Files_the_build_never_reads_are_ignored(string path)
    {
        var plan = Classify(path);
        Assert.True(plan.IsEmpty);
        Assert.Empty(plan.Files);
    }
}
