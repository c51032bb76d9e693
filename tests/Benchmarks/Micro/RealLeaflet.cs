using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Routing;

namespace Leaflet.Benchmarks.Micro;

/// <summary>The repository's real leaflet in its default language, loaded the way a build loads it.</summary>
internal sealed class RealLeaflet
{
    public RealLeaflet()
    {
        var root = Repository();
        ContentRoot = Path.Combine(root, "content");
        var diagnostics = new DiagnosticBag();
        Templates = TemplateSet.Load(Path.Combine(root, "templates"), HtmlStage.Templates, diagnostics) ?? throw Failed(diagnostics);
        Site = SiteLoader.Load(ContentRoot, null, Templates.ElementIds, diagnostics) ?? throw Failed(diagnostics);
        Routes = new Routes(Site.Configuration);
        Leaflet = Site.Leaflets[0];
        Article = Leaflet.In(Site.Configuration.DefaultLanguage)!;
        Language = Site.DefaultLanguage;
        SourcePath = Path.Combine(ContentRoot, Article.LanguageCode, Article.Slug + ".md");
    }

    public string ContentRoot { get; }
    public TemplateSet Templates { get; }
    public Site Site { get; }
    public Routes Routes { get; }
    public LeafletEntry Leaflet { get; }
    public Article Article { get; }
    public Language Language { get; }
    public string SourcePath { get; }

    private static string Repository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Leaflet.sln"))) return folder.FullName;
        throw new InvalidOperationException("run from inside the repository");
    }

    private static InvalidOperationException Failed(DiagnosticBag diagnostics) =>
        new(string.Join('\n', diagnostics.ToSortedList()));
}
