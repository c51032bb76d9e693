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
    string SourcePath)
{
    public string FormatDate(DateOnly date) => date.ToString(DateFormats.LongDateWithoutWeekday(Culture), Culture);
}

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
    int BodyLineOffset,
    IReadOnlyList<TocEntry> Contents,
    IReadOnlyList<PictureReference> Pictures);

public sealed record FrontMatter(
    string Title,
    string? Subtitle,
    string Description,
    DateOnly Published,
    DateOnly LastReviewed,
    DateOnly NextReview);

/// <summary>A heading of the article body that the table of contents lists.</summary>
public sealed record TocEntry(int Level, string Id, string Text);

/// <summary>A picture the Markdown refers to, resolved to the file that will be copied.</summary>
/// <param name="Reference">The path as written in the Markdown.</param>
/// <param name="SourceFile">The file found: the language's own picture wins over the shared one.</param>
/// <param name="RelativePath">Path inside the images folder, with '/' separators.</param>
/// <param name="LanguageSpecific">True when the picture came from content/&lt;lang&gt;/images/.</param>
public sealed record PictureReference(string Reference, string SourceFile, string RelativePath, bool LanguageSpecific);
