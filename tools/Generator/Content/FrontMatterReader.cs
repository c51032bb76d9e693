using System.Globalization;
using Leaflet.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Leaflet.Content;

/// <summary>Splits an article into its YAML front matter and its Markdown body, and reads the front matter.</summary>
public static class FrontMatterReader
{
    public static readonly IReadOnlyList<string> KnownKeys =
        ["title", "subtitle", "description", "published", "last_reviewed", "next_review", "keywords", "code", "version",
         PlainLanguageKey, TranslatedFromKey, ReleasedKey, DraftKey, ClinicalQuestionReader.Key];

    public const string TranslatedFromKey = "translated_from";
    public const string ReleasedKey = "released";
    public const string PlainLanguageKey = "plain_language";

    public const string DraftKey = "draft";

    private const string Fence = "---";

    /// <returns>The front matter and the body with the line its first line has in the file (1-based), or null.</returns>
    public static (FrontMatter FrontMatter, string Body, int BodyFirstLine)? Read(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.FrontMatterMissing, displayPath, 0, 0, "the file is empty; an article starts with front matter between two '---' lines"));
            return null;
        }
        // Lines are found by offset, not split out: the body is then one substring of the file
        // rather than every line copied twice, for each of thousands of articles.
        var firstEnd = LineEnd(text, 0);
        if (!IsFence(text, 0, firstEnd))
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.FrontMatterMissing, displayPath, 1, 1, "the file has no front matter: its first line must be '---'"));
            return null;
        }
        var close = 1;
        var closeStart = firstEnd + 1;
        while (closeStart <= text.Length && !IsFence(text, closeStart, LineEnd(text, closeStart)))
        {
            closeStart = LineEnd(text, closeStart) + 1;
            close++;
        }
        if (closeStart > text.Length)
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.FrontMatterMissing, displayPath, 1, 1, "the front matter is not closed: add a '---' line after it"));
            return null;
        }

        var yaml = close == 1 ? "" : text[(firstEnd + 1)..(closeStart - 1)];
        var mapping = YamlReader.ReadMapping(yaml, displayPath, lineOffset: 1, diagnostics);
        if (mapping is null) return null;

        var frontMatter = ReadFields(mapping, displayPath, diagnostics);
        var closeEnd = LineEnd(text, closeStart);
        var body = closeEnd < text.Length ? text[(closeEnd + 1)..] : "";
        return frontMatter is null ? null : (frontMatter, body, close + 2);
    }

    /// <summary>The offset of the '\n' ending the line that starts at <paramref name="start"/>, or the text's length.</summary>
    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }

    private static bool IsFence(string text, int start, int end) => text.AsSpan(start, end - start).TrimEnd().SequenceEqual(Fence);

    private static FrontMatter? ReadFields(YamlMappingNode mapping, string path, DiagnosticBag diagnostics)
    {
        var fields = new YamlFields(mapping, path, lineOffset: 1, diagnostics);
        fields.WarnAboutUnknownKeys(KnownKeys, DiagnosticCodes.UnknownField);
        var title = fields.RequiredText("title");
        var subtitle = fields.OptionalText("subtitle");
        var description = fields.RequiredText("description");
        var published = fields.RequiredDate("published");
        var lastReviewed = fields.RequiredDate("last_reviewed");
        var nextReview = fields.OptionalDate("next_review");
        var translatedFrom = ReadTranslationRecord(fields, path, diagnostics);
        var keywords = fields.OptionalTextList("keywords") ?? [];
        var draft = fields.OptionalBoolean(DraftKey) ?? false;
        var questions = ClinicalQuestionReader.Read(fields, path, diagnostics);
        if (title is null || description is null || published is null || lastReviewed is null || questions is null)
            return null;
        return new FrontMatter(title, subtitle, description, published.Value, lastReviewed.Value, nextReview, translatedFrom, keywords)
        {
            Draft = draft,
            ClinicalQuestions = questions,
            Code = fields.OptionalText("code"),
            CodeLine = fields.Node("code") is { } code ? YamlReader.Line(code, 1) : 1,
            Version = fields.OptionalText("version"),
            Released = ReadReleaseRecord(fields, path, diagnostics),
            PlainLanguageChecks = fields.OptionalBoolean(PlainLanguageKey) ?? true,
        };
    }

    /// <summary><c>released: { version: "1.2", hash: 0123456789ab }</c>, as <c>leaflet release</c> writes it.</summary>
    private static ReleaseRecord? ReadReleaseRecord(YamlFields fields, string path, DiagnosticBag diagnostics)
    {
        if (fields.Node(ReleasedKey) is not { } node) return null;
        if (node is YamlMappingNode mapping)
        {
            var record = new YamlFields(mapping, path, 1, diagnostics);
            var version = record.RequiredText("version");
            var hash = record.RequiredText("hash");
            var key = fields.Mapping.Children.First(p => p.Value == node).Key;
            return version is null || hash is null ? null : new ReleaseRecord(version, hash, YamlReader.Line(key, 1));
        }
        diagnostics.Add(Diagnostic.Of(DiagnosticCodes.FieldInvalid, path, YamlReader.Line(node, 1), YamlReader.Column(node),
            $"'{ReleasedKey}' must hold 'version' and 'hash'; run 'leaflet release {path}' to write it again"));
        return null;
    }

    private static TranslationRecord? ReadTranslationRecord(YamlFields fields, string path, DiagnosticBag diagnostics)
    {
        var node = fields.Node(TranslatedFromKey);
        if (node is null) return null;
        var sections = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (node is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
                if (key is YamlScalarNode { Value: { } id } && value is YamlScalarNode { Value: { } hash }) sections[id] = hash;
            if (sections.Count == mapping.Children.Count) return new TranslationRecord(sections, YamlReader.Line(node, 1));
        }
        diagnostics.Add(Diagnostic.Of(DiagnosticCodes.TranslatedFromMalformed, path, YamlReader.Line(node, 1), YamlReader.Column(node),
            $"'{TranslatedFromKey}' is not a list of 'section: hash' lines; run 'leaflet translated {path}' to write it again"));
        return null;
    }
}
