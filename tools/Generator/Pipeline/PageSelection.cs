using Leaflet.Html;

namespace Leaflet.Pipeline;

/// <summary>The pages a rebuild renders again; every other page keeps the bytes it had.</summary>
public sealed record PageSelection
{
    public bool All { get; init; }
    public bool Chooser { get; init; }
    public bool NotFound { get; init; }
    public bool AllLeaflets { get; init; }
    public IReadOnlySet<string> LanguageIndexes { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Leaflets { get; init; } = new HashSet<string>();

    /// <summary>Every leaflet page in these languages.</summary>
    public IReadOnlySet<string> LeafletLanguages { get; init; } = new HashSet<string>();

    public static PageSelection Everything { get; } = new() { All = true };

    public static PageSelection None { get; } = new();

    /// <summary>
    /// The pages a changed template renders. The layout wraps every page, and a template with
    /// another name can only be reached by include, from any of them.
    /// </summary>
    public static PageSelection UsingTemplates(IEnumerable<string> names, IReadOnlyList<string> languages)
    {
        var selection = None;
        foreach (var name in names)
        {
            selection = name switch
            {
                "chooser.html" => selection with { Chooser = true },
                "language.html" => selection with { LanguageIndexes = languages.ToHashSet(StringComparer.Ordinal) },
                "leaflet.html" => selection with { AllLeaflets = true },
                "404.html" => selection with { NotFound = true },
                _ => Everything,
            };
            if (selection.All) break;
        }
        return selection;
    }

    public PageSelection Union(PageSelection other) => new()
    {
        All = All || other.All,
        Chooser = Chooser || other.Chooser,
        NotFound = NotFound || other.NotFound,
        AllLeaflets = AllLeaflets || other.AllLeaflets,
        LanguageIndexes = LanguageIndexes.Union(other.LanguageIndexes, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
        Leaflets = Leaflets.Union(other.Leaflets, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
        LeafletLanguages = LeafletLanguages.Union(other.LeafletLanguages, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
    };

    public bool IncludesChooser => All || Chooser;
    public bool IncludesNotFound => All || NotFound;

    public bool IncludesIndex(string language) => All || LanguageIndexes.Contains(language);

    public bool IncludesLeaflet(string slug, string language) =>
        All || AllLeaflets || Leaflets.Contains(slug) || LeafletLanguages.Contains(language);

    /// <summary>Checked against HtmlStage's list by a test, so a new page template cannot be forgotten here.</summary>
    public static IReadOnlyList<string> KnownTemplates => [PageRenderer.Layout, "chooser.html", "language.html", "leaflet.html", "404.html"];
}
