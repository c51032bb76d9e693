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

    /// <summary>Where its PDFs' lines may end: <c>line_breaking:</c> of its <c>_language.yaml</c>.</summary>
    public Leaflet.Pdf.Text.LineBreaking.LineBreakTailoring LineBreaking { get; init; } = Leaflet.Pdf.Text.LineBreaking.LineBreakTailoring.Default;

    public string FormatDate(DateOnly date) => date.ToString(DateFormats.LongDateWithoutWeekday(Culture), Culture);
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
    IReadOnlyList<string> Keywords);

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
