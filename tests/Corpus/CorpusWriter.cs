using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Validation;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Leaflet.Corpus;

/// <summary>
/// Writes a content folder of N leaflets in every language of a real content folder, made from
/// its first leaflet: numbered slugs, varied titles, and in every leaflet links to two other
/// leaflets' sections, so the link check has cross-page fragments to resolve. The same N
/// always gives the same files. The site configuration is the real one, without its bilingual pairs
/// unless they are asked for, so that the one-language builds measure what they always measured.
/// </summary>
public static class CorpusWriter
{
    public static void Write(string sourceContent, string target, int leaflets, bool bilingual = false)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(sourceContent, null, new HashSet<string>(), diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
        var model = site.Leaflets[0];

        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        Directory.CreateDirectory(target);
        var configuration = File.ReadAllText(Path.Combine(sourceContent, SiteConfigurationReader.FileName));
        File.WriteAllText(Path.Combine(target, SiteConfigurationReader.FileName), bilingual ? configuration : WithoutPairs(configuration), new UTF8Encoding(false));
        // Folders beside the languages (fonts/, images/) hold files the languages and leaflets name by path.
        var languageCodes = site.Languages.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(sourceContent).Where(d => !languageCodes.Contains(Path.GetFileName(d))))
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        foreach (var language in site.Languages)
        {
            var folder = Path.Combine(target, language.Code);
            Directory.CreateDirectory(folder);
            File.Copy(Path.Combine(sourceContent, language.Code, LanguageReader.FileName), Path.Combine(folder, LanguageReader.FileName));
            var article = model.In(language.Code);
            if (article is null) continue;
            var text = File.ReadAllText(Path.Combine(sourceContent, language.Code, model.Slug + ".md"));
            var ids = article.Body.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id!).ToList();
            for (var i = 0; i < leaflets; i++)
                File.WriteAllText(Path.Combine(folder, Slug(i) + ".md"), Variant(text, article, ids, i, leaflets), new UTF8Encoding(false));
        }
        RecordTranslations(target, site.Configuration.DefaultLanguage);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(from)) CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    /// <summary>The configuration without its <c>bilingual:</c> key and the list under it.</summary>
    private static string WithoutPairs(string configuration) =>
        Regex.Replace(configuration, @"^bilingual:.*\n(?:[ \t-].*\n?)*", "", RegexOptions.Multiline);

    public static string Slug(int i) => $"leaflet-{i + 1:D5}";

    private static string Variant(string text, Article article, IReadOnlyList<string> ids, int i, int count)
    {
        var title = article.FrontMatter.Title;
        var numbered = $"{title} {(i + 1).ToString(CultureInfo.InvariantCulture)}";
        var withTitle = text.Replace($"title: {title}", $"title: \"{numbered}\"");
        // Each leaflet its own code; the copies would repeat the model's plain-language warnings N times over.
        if (article.FrontMatter.Code is { } code)
            withTitle = withTitle.Replace($"code: {code}\n", $"code: {code}-{(i + 1).ToString("D5", CultureInfo.InvariantCulture)}\nplain_language: false\n");
        // The copies stand for reviewed leaflets: the model's open questions for the clinical reviewer stay with it.
        withTitle = Regex.Replace(withTitle, "^clinical_questions:\n(?:(?: |- ).*\n)*", "", RegexOptions.Multiline);
        var next = Slug((i + 1) % count);
        var far = Slug((i + count / 2) % count);
        var nextTitle = $"{title} {((i + 1) % count + 1).ToString(CultureInfo.InvariantCulture)}";
        var farTitle = $"{title} {((i + count / 2) % count + 1).ToString(CultureInfo.InvariantCulture)}";
        var links = $"\n[{nextTitle}]({next}.md#{ids[i % ids.Count]}), [{farTitle}]({far}.md#{ids[(i + 3) % ids.Count]}), [{numbered}](#{ids[0]}).\n";
        return withTitle.TrimEnd() + "\n" + links;
    }

    /// <summary>Every translation matches its source as written, so the build has nothing to warn about.</summary>
    private static void RecordTranslations(string content, string defaultLanguage)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(content, null, new HashSet<string>(), diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
        foreach (var leaflet in site.Leaflets)
        {
            var source = leaflet.In(defaultLanguage)!;
            foreach (var translation in leaflet.Translations.Where(t => t != source))
            {
                var path = Path.Combine(content, translation.LanguageCode, translation.Slug + ".md");
                File.WriteAllText(path, TranslationRecordWriter.Write(File.ReadAllText(path), SectionHashes.Of(source)), new UTF8Encoding(false));
            }
        }
    }
}
