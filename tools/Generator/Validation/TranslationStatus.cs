using Leaflet.Content;

namespace Leaflet.Validation;

/// <summary>One cell of the leaflets × languages table of <c>leaflet status</c>.</summary>
public sealed record StatusRow(string Leaflet, string Language, string State, string? File, IReadOnlyList<string> ChangedSections, ReadabilityReport? Readability)
{
    /// <summary>The article is marked <c>draft: true</c>: a build leaves it out.</summary>
    public bool Draft { get; init; }

    /// <summary>The clinical questions still open, each at its passage in the file.</summary>
    public IReadOnlyList<OpenQuestion> OpenQuestions { get; init; } = [];

    public string? Code { get; init; }
    public string? Version { get; init; }
    /// <summary>What the language's plain-language checks find in the article; null when there is no article.</summary>
    public PlainLanguageCounts? PlainLanguage { get; init; }
}

/// <summary>The build's plain-language warnings for one article, counted; zero when the checks are off for it.</summary>
public sealed record PlainLanguageCounts(int LongSentences, int WordsToAvoid);

/// <summary>The state of every leaflet in every language, from the same checks the build warns with.</summary>
public static class StatusReport
{
    public const string UpToDate = "up to date";
    public const string OutOfDate = "out of date";
    public const string StructureDiffers = "structure differs";
    public const string Unrecorded = "not recorded";
    public const string Missing = "missing";
    public const string Source = "source";

    public static IReadOnlyList<StatusRow> Of(Site site, string contentRoot)
    {
        var rows = new List<StatusRow>();
        foreach (var leaflet in site.Leaflets)
        {
            var source = leaflet.In(site.Configuration.DefaultLanguage);
            foreach (var language in site.Languages)
            {
                var article = leaflet.In(language.Code);
                if (article is null)
                {
                    rows.Add(new StatusRow(leaflet.Slug, language.Code, Missing, null, [], null));
                    continue;
                }
                var (state, changed) = State(source, article, contentRoot);
                var plain = Validation.PlainLanguage.Check(article, language);
                rows.Add(new StatusRow(leaflet.Slug, language.Code, state, article.SourcePath, changed, Readability.Of(article, language.Readability))
                {
                    Code = article.FrontMatter.Code,
                    Version = article.FrontMatter.Version,
                    PlainLanguage = new PlainLanguageCounts(
                        plain.Count(d => d.Code == Diagnostics.DiagnosticCodes.LongSentence.Id),
                        plain.Count(d => d.Code == Diagnostics.DiagnosticCodes.WordToAvoid.Id)),
                    Draft = article.FrontMatter.Draft,
                    OpenQuestions = ClinicalReview.Open(article),
                });
            }
        }
        return rows;
    }

    private static (string, IReadOnlyList<string>) State(Article? source, Article article, string contentRoot)
    {
        if (source is null || source == article) return (Source, []);
        if (TranslationParity.Compare(source, article, contentRoot) is not null) return (StructureDiffers, []);
        var (freshness, changed) = TranslationFreshness.Of(source, article);
        return freshness switch
        {
            Freshness.UpToDate => (UpToDate, []),
            Freshness.OutOfDate => (OutOfDate, changed),
            _ => (Unrecorded, []),
        };
    }
}
