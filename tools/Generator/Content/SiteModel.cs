using System.Globalization;
using Markdig.Syntax;

namespace Leaflet.Content;

/// <summary>Everything the build knows about the input, read once and never changed afterwards.</summary>
public sealed record Site(
    SiteConfiguration Configuration,
    IReadOnlyList<Language> Languages,
    IReadOnlyList<LeafletEntry> Leaflets)
{
    public Language DefaultLanguage => Languages.First(l => l.Code == Configuration.DefaultLanguage);

    /// <summary>The pairs of <c>bilingual:</c> whose two languages the site has: those that make PDFs.</summary>
    public IReadOnlyList<LanguagePair> BilingualPairs =>
        Configuration.Bilingual.Where(p => Languages.Any(l => l.Code == p.First) && Languages.Any(l => l.Code == p.Second)).ToList();

    /// <summary>The articles marked <c>draft: true</c>.</summary>
    public IEnumerable<Article> Drafts => Leaflets.SelectMany(l => l.Translations).Where(a => a.FrontMatter.Draft);

    /// <summary>
    /// The site without its drafts: a leaflet keeps only its other translations, and one that is a draft
    /// in every language is gone. Whatever is rendered from it (pages, switchers, alternates, indexes,
    /// sitemap, PDFs, pictures) then never names a draft.
    /// </summary>
    public Site WithoutDrafts() => this with
    {
        Leaflets = Leaflets
            .Select(l => l with { Translations = l.Translations.Where(a => !a.FrontMatter.Draft).ToList() })
            .Where(l => l.Translations.Count > 0)
            .ToList(),
    };
}

/// <summary>One folder under content/: its code is the folder name.</summary>
public sealed record Language(
    string Code,
    string Name,
    CultureInfo Culture,
    string Direction,
    IReadOnlyDictionary<string, string> Strings,
    ReadabilityFormula? Readability,
    string SourcePath)
{
    /// <summary>The fonts its PDFs are set in before the shipped Noto Sans.</summary>
    public LanguageFonts Fonts { get; init; } = LanguageFonts.None;

    /// <summary>The language's plain-language limits; null when its file sets none, which checks nothing.</summary>
    public PlainLanguageRules? PlainLanguage { get; init; }

    /// <summary>Where its PDFs' lines may end: <c>line_breaking:</c> of its <c>_language.yaml</c>.</summary>
    public Leaflet.Pdf.Text.LineBreaking.LineBreakTailoring LineBreaking { get; init; } = Leaflet.Pdf.Text.LineBreaking.LineBreakTailoring.Default;

    /// <summary>The digits its dates, page numbers and file sizes are printed in.</summary>
    public Digits Digits { get; init; } = Digits.Latin;

    /// <summary>A date in the culture's long form without the weekday, in the Gregorian calendar the culture was read with, in the language's digits.</summary>
    public string FormatDate(DateOnly date) => Digits.Apply(date.ToString(DateFormats.LongDateWithoutWeekday(Culture), Culture));
}

/// <summary>
/// A reading-ease score of the Flesch form, base − a·words/sentence − b·syllables/word, with the
/// coefficients and vowels of one language (Flesch for English, Oborneva's adaptation for Russian).
/// </summary>
/// <param name="CountVowelGroups">True where a run of vowels is one syllable (English), false where each vowel is (Russian).</param>
public sealed record ReadabilityFormula(string Name, double Base, double SentenceWeight, double SyllableWeight, string Vowels, bool CountVowelGroups);

/// <summary>A leaflet is identified by its file name; each language folder holding that file translates it.</summary>
public sealed record LeafletEntry(string Slug, IReadOnlyList<Article> Translations)
{
    public Article? In(string languageCode) => Translations.FirstOrDefault(a => a.LanguageCode == languageCode);
}

public sealed record Article(
    string Slug,
    string LanguageCode,
    string SourcePath,
    FrontMatter FrontMatter,
    MarkdownDocument Body,
    string BodyText,
    int BodyLineOffset,
    IReadOnlyList<TocEntry> Contents,
    IReadOnlyList<PictureReference> Pictures);

public sealed record FrontMatter(
    string Title,
    string? Subtitle,
    string Description,
    DateOnly Published,
    DateOnly LastReviewed,
    DateOnly? NextReview,
    TranslationRecord? TranslatedFrom,
    IReadOnlyList<string> Keywords)
{
    /// <summary>Not for patients yet: left out of a build unless drafts are asked for, and marked wherever it is shown.</summary>
    public bool Draft { get; init; }

    /// <summary>Questions for the clinical reviewer, open and closed, in the order the file lists them.</summary>
    public IReadOnlyList<ClinicalQuestion> ClinicalQuestions { get; init; } = [];

    /// <summary>The leaflet's reference, such as DERM-014, the same in every language; optional.</summary>
    public string? Code { get; init; }
    /// <summary>The 1-based line of <see cref="Code"/> in the file, or 1 when there is none.</summary>
    public int CodeLine { get; init; } = 1;
    /// <summary>The version as written (text, so 1.10 is not 1.1); optional.</summary>
    public string? Version { get; init; }
    /// <summary>What <c>leaflet release</c> recorded of the last released version, if it ran.</summary>
    public ReleaseRecord? Released { get; init; }
    /// <summary>False when the front matter sets <c>plain_language: false</c>: the language's plain-language checks skip this article.</summary>
    public bool PlainLanguageChecks { get; init; } = true;
}

/// <summary>The version an article was released as and a hash of its text then, written by <c>leaflet release</c>.</summary>
public sealed record ReleaseRecord(string Version, string Hash, int Line);

/// <summary>
/// A language's plain-language limits: sentences longer than <see cref="MaxSentenceWords"/> words, and
/// words to avoid, each with the plainer word to use. A word ending in '*' stands for any word it begins.
/// </summary>
public sealed record PlainLanguageRules(int? MaxSentenceWords, IReadOnlyList<(string Word, string Instead)> Avoid);

/// <summary>
/// What a translation was made from: a hash of each section of the default-language article,
/// keyed by the section's heading id, written by <c>leaflet translated</c>.
/// </summary>
public sealed record TranslationRecord(IReadOnlyDictionary<string, string> Sections, int Line);

/// <summary>A heading of the article body that the table of contents lists.</summary>
public sealed record TocEntry(int Level, string Id, string Text);

/// <summary>A picture the Markdown refers to, resolved to the file that will be copied.</summary>
/// <param name="Reference">The path as written in the Markdown.</param>
/// <param name="SourceFile">The file found: the language's own picture wins over the shared one.</param>
/// <param name="RelativePath">Path inside the images folder, with '/' separators.</param>
/// <param name="LanguageSpecific">True when the picture came from content/&lt;lang&gt;/images/.</param>
public sealed record PictureReference(string Reference, string SourceFile, string RelativePath, bool LanguageSpecific);
