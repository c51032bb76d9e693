using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Pipeline;

namespace Leaflet.Serve;

/// <summary>
/// The site model and templates as serve keeps them: read whole at the start (and whenever a change
/// cannot be placed), then brought up to date by re-reading only the files that changed.
/// </summary>
internal sealed partial class LiveModel(ServeOptions options, SitePipeline pipeline, DiagnosticStore diagnostics)
{
    private const string Load = "load";
    private const string Validate = "validate";
    private const string TemplatesStep = "templates";
    private const string TemplateStrings = "template-strings";

    // Set when the model could not be made: the next change, whatever it is, reads everything again.
    private bool _broken = true;
    private bool _templatesBroken;

    public Site? Site { get; private set; }

    public TemplateSet? Templates { get; private set; }

    public bool NeedsEverything => _broken || Site is null || Templates is null;

    /// <summary>Something went wrong half-way (a file vanished while it was read): trust nothing kept, read everything next time.</summary>
    public void Invalidate() => _broken = true;

    /// <returns>The work for the whole site, or null when the model could not be made.</returns>
    public LiveWork? ReadAll()
    {
        diagnostics.Clear();
        var bag = new DiagnosticBag();
        var templates = pipeline.LoadTemplates(bag);
        diagnostics.Set(DiagnosticStore.Site, TemplatesStep, bag.ToSortedList());
        if (templates is null) return Broken();
        bag = new DiagnosticBag();
        var site = pipeline.Load(templates, bag);
        diagnostics.SetEach(Load, bag.ToSortedList(), new FileUnits(options.ContentRoot).Of);
        if (site is null) return Broken();

        (Site, Templates, _broken, _templatesBroken) = (site, templates, false, false);
        CheckTemplateStrings();
        foreach (var leaflet in site.Leaflets) ValidateLeaflet(leaflet);
        return new LiveWork(PageSelection.Everything, site.Leaflets.SelectMany(l => l.Translations).ToList(), Assets: true, Everything: true);
    }

    /// <returns>The work a template change calls for, or null when it changed the ids headings must avoid (a full read).</returns>
    public LiveWork? ReadTemplates(IReadOnlySet<string> changed)
    {
        var bag = new DiagnosticBag();
        var templates = pipeline.LoadTemplates(bag);
        diagnostics.Set(DiagnosticStore.Site, TemplatesStep, bag.ToSortedList());
        if (templates is null)
        {
            _templatesBroken = true;
            return LiveWork.Nothing;
        }
        if (!templates.ElementIds.SetEquals(Templates!.ElementIds)) return null;
        // While the set would not load, other templates may have changed unseen: render everything once it loads.
        var pages = _templatesBroken ? PageSelection.Everything : PageSelection.UsingTemplates(changed, Codes());
        (Templates, _templatesBroken) = (templates, false);
        CheckTemplateStrings();
        return LiveWork.Nothing.With(pages, []);
    }

    public LiveWork ReadLanguages(IEnumerable<string> codes)
    {
        var work = LiveWork.Nothing;
        foreach (var code in codes)
        {
            var path = Path.Combine(options.ContentRoot, code, LanguageReader.FileName);
            var bag = new DiagnosticBag();
            var language = File.Exists(path) ? LanguageReader.Read(code, path, DisplayPath.Of(path), bag) : null;
            if (language is not null) InterfaceStrings.Check([language], bag);
            diagnostics.Set(DiagnosticStore.Language(code), Load, bag.ToSortedList());
            if (language is null || bag.HasErrors) return Broken() ?? LiveWork.Nothing;

            var old = Site!.Languages.First(l => l.Code == code);
            Site = Site with { Languages = Site.Languages.Select(l => l.Code == code ? language : l).ToList() };
            var pages = code == Site.Configuration.DefaultLanguage || ShownElsewhere(old) != ShownElsewhere(language)
                ? PageSelection.Everything
                : new PageSelection { LanguageIndexes = new HashSet<string> { code }, LeafletLanguages = new HashSet<string> { code } };
            work = work.With(pages, Site.Leaflets.Select(l => l.In(code)).OfType<Article>());
        }
        CheckTemplateStrings();
        return work;
    }

    private LiveWork? Broken()
    {
        _broken = true;
        return null;
    }

    private void CheckTemplateStrings()
    {
        var bag = new DiagnosticBag();
        pipeline.ValidateTemplates(Site!, Templates!, bag);
        diagnostics.Set(DiagnosticStore.Site, TemplateStrings, bag.ToSortedList());
    }

    public void ValidateLeaflet(LeafletEntry leaflet)
    {
        var bag = new DiagnosticBag();
        // A preview reviews against today; only builds need SOURCE_DATE_EPOCH to be reproducible.
        pipeline.ValidateLeaflet(Site!, leaflet, DateOnly.FromDateTime(DateTime.UtcNow), bag);
        diagnostics.Set(DiagnosticStore.Leaflet(leaflet.Slug), Validate, bag.ToSortedList());
    }

    public void Replace(Site site) => Site = site;

    public IReadOnlyList<string> Codes() => Site!.Languages.Select(l => l.Code).ToList();

    /// <summary>What pages in other languages show of a language: its name, direction and the titles its links carry.</summary>
    private static string ShownElsewhere(Language language) =>
        string.Join('\n', language.Name, language.Direction, language.Strings.GetValueOrDefault("site_title"), language.Strings.GetValueOrDefault("back_to_leaflets"));
}
