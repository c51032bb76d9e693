using System.Globalization;
using System.Text.RegularExpressions;

namespace Leaflet.Tests.Architecture;

/// <summary>
/// Issue 2: "Nothing in C# or in a template names a language: adding a language is adding a
/// folder." No string literal under tools/ may be a language code or a culture name.
/// </summary>
public sealed partial class LanguageCodeLiteralTests
{
    /// <summary>
    /// HTML and XML names the code has to write that happen to be ISO 639 codes too, each with the
    /// language it would otherwise name. Keep it short: a new entry must be markup, not a language.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> MarkupAllowList = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "the id attribute (Indonesian)",
        ["br"] = "the line break element (Breton)",
        ["hr"] = "the thematic break element (Croatian)",
        ["th"] = "the table header cell (Thai)",
        ["tr"] = "the table row (Turkish)",
        ["lt"] = "the character reference &lt; the strict page scanner decodes (Lithuanian)",
    };

    /// <summary>Every ISO 639 code .NET knows: two- and three-letter codes of the neutral cultures.</summary>
    private static readonly IReadOnlySet<string> IsoCodes = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Where(c => c.Name.Length > 0)
        .SelectMany(c => new[] { c.TwoLetterISOLanguageName, c.ThreeLetterISOLanguageName, c.Name })
        .Where(code => BareCode().IsMatch(code))
        .ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in SourceFiles.UnderTools()) data.Add(file);
        return data;
    }

    [Fact]
    public void The_code_list_and_the_allow_list_are_what_they_claim()
    {
        Assert.Contains("en", IsoCodes);
        Assert.Contains("ru", IsoCodes);
        Assert.Contains("deu", IsoCodes);
        Assert.True(IsoCodes.Count > 150, "too few ISO 639 codes: is the machine running with invariant globalization?");
        var notCodes = MarkupAllowList.Keys.Where(k => !IsoCodes.Contains(k)).ToList();
        Assert.True(notCodes.Count == 0, $"allow-list entries that are no language code and should be removed: {string.Join(", ", notCodes)}");
    }

    [Fact]
    public void The_check_finds_a_language_code_where_one_is_written()
    {
        var source = CSharpSource.Parse("""
            var a = "ru";
            var b = $"{x}/ru/{y}";
            var c = "culture ru-RU here";
            var d = "en_GB";
            var e = "id";
            """);
        Assert.Equal(["ru", "/ru/", "culture ru-RU here", "en_GB"], Offending(source).ToList());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_string_literal_in_the_generator_names_a_language(string file)
    {
        var offending = Offending(CSharpSource.Parse(SourceFiles.Read(file))).ToList();
        Assert.True(offending.Count == 0,
            $"{file} names a language in a string literal: {string.Join(", ", offending.Select(o => $"\"{o}\""))}; " +
            "languages come from the content folders (or add an HTML name to the documented allow-list)");
    }

    /// <summary>
    /// A literal that is a code ("ru"), a path segment that is one ("/ru/"), or that holds a culture
    /// name anywhere ("ru-RU", "en_GB"). Codes inside English words are left alone: "to" and "is"
    /// are codes too, and messages are full of them.
    /// </summary>
    private static IEnumerable<string> Offending(CSharpSource source)
    {
        foreach (var literal in source.Literals)
        {
            var text = literal.Trim();
            if (IsoCodes.Contains(text) && !MarkupAllowList.ContainsKey(text))
                yield return literal;
            else if (text.Contains('/') && text.Split('/').Any(s => IsoCodes.Contains(s) && !MarkupAllowList.ContainsKey(s)))
                yield return literal;
            else if (CultureName().Matches(text).Any(m => IsoCodes.Contains(m.Groups["language"].Value)))
                yield return literal;
        }
    }

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex BareCode();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<language>[a-z]{2,3})[-_][A-Z]{2}(?![\p{L}\p{N}])")]
    private static partial Regex CultureName();
}
