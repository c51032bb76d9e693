using System.Globalization;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Leaflet.Content;

/// <summary>
/// Gives each heading a readable id in the GitHub style (lower case, letters of any script kept,
/// spaces to hyphens, other punctuation dropped, repeats numbered). Unlike Markdig's own, every
/// Unicode space counts as a space: Russian text puts a no-break space after one-letter words,
/// and "у детей" must become "у-детей", not "удетей".
/// </summary>
public static class HeadingIds
{
    /// <param name="reserved">Ids the page around the article already has (the templates' own), which a heading must not take.</param>
    public static void Assign(MarkdownDocument document, IReadOnlySet<string> reserved)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        var ids = Unique(headings.Select(h => InlineText.Of(h.Inline)), reserved);
        for (var i = 0; i < headings.Count; i++) headings[i].GetAttributes().Id = ids[i];
    }

    /// <summary>One id a heading text, in order, numbering repeats and avoiding the reserved ids.</summary>
    public static IReadOnlyList<string> Unique(IEnumerable<string> headings, IReadOnlySet<string> reserved)
    {
        var used = new HashSet<string>(reserved, StringComparer.Ordinal);
        var ids = new List<string>();
        foreach (var heading in headings)
        {
            var baseId = Slug(heading);
            if (baseId.Length == 0) baseId = "section";
            var id = baseId;
            for (var n = 1; !used.Add(id); n++) id = $"{baseId}-{n}";
            ids.Add(id);
        }
        return ids;
    }

    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        // A rune is one or two UTF-16 units; copied through this rather than a string made for each letter.
        Span<char> units = stackalloc char[2];
        foreach (var rune in Normalizable(text).Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark)
                slug.Append(units[..Rune.ToLowerInvariant(rune).EncodeToUtf16(units)]);
            else if (Rune.IsWhiteSpace(rune) || rune.Value is '-' or '_')
                slug.Append(rune.Value == '_' ? '_' : '-');
        }
        return slug.ToString().Trim('-');
    }

    /// <summary>
    /// Normalize throws on lone surrogates and on the noncharacter U+FFFE, which valid UTF-8 can carry
    /// into a heading (the fuzzer found it); U+FFFF goes with it. None is a letter, so an id would drop
    /// them anyway.
    /// </summary>
    private static string Normalizable(string text)
    {
        if (!text.Any(c => c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))) return text;
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune != Rune.ReplacementChar && rune.Value is not (0xFFFE or 0xFFFF)) kept.Append(rune.ToString());
        }
        return kept.ToString();
    }
}
