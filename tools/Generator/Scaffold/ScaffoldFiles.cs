using System.Globalization;
using Leaflet.BuiltIn;

namespace Leaflet.Scaffold;

/// <summary>
/// The files <c>leaflet new</c> and <c>leaflet add</c> start from (Scaffold/Files), with their
/// <c>{{name}}</c> placeholders filled in. The example leaflets are data too: a language has one
/// when Scaffold/Files/content/&lt;code&gt;/ holds it.
/// </summary>
public static class ScaffoldFiles
{
    private const string Folder = "scaffold";
    private const string ContentFolder = "content/";

    /// <summary>A new leaflet is reviewed again a year after it is published.</summary>
    private const int ReviewYears = 1;

    public static string Text(string path, IReadOnlyDictionary<string, string> values) =>
        values.Aggregate(BuiltInFiles.ReadText($"{Folder}/{path}"),
            (text, value) => text.Replace("{{" + value.Key + "}}", value.Value, StringComparison.Ordinal));

    /// <summary>The languages with an example leaflet, in ordinal order: the site <c>leaflet new</c> makes when no language is named.</summary>
    public static IReadOnlyList<string> ExampleLanguages =>
        Examples().Select(p => p.Split('/')[1]).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The example leaflets of a language, as paths under Scaffold/Files such as "content/xx/name.md".</summary>
    public static IReadOnlyList<string> ExamplesIn(string code) =>
        Examples().Where(p => p.Split('/')[1] == code).ToList();

    /// <summary>The dates a new leaflet's front matter starts with.</summary>
    public static Dictionary<string, string> Dates(DateOnly today) => new(StringComparer.Ordinal)
    {
        ["today"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["next_review"] = today.AddYears(ReviewYears).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static IEnumerable<string> Examples() =>
        BuiltInFiles.Under(Folder).Where(p => p.StartsWith(ContentFolder, StringComparison.Ordinal) && p.Count(c => c == '/') == 2 && p.EndsWith(".md", StringComparison.Ordinal));
}
