using Leaflet.BuiltIn;
using Leaflet.Content;

namespace Leaflet.Scaffold;

/// <summary>
/// The languages a new site can start with, each with every interface string translated: the
/// language files of this repository's own content, built into the tool, so there is one source.
/// </summary>
public static class BuiltInLanguages
{
    private const string Folder = "languages";

    /// <summary>The codes, in ordinal order.</summary>
    public static IReadOnlyList<string> Codes =>
        BuiltInFiles.Under(Folder)
            .Where(p => p.EndsWith("/" + LanguageReader.FileName, StringComparison.Ordinal))
            .Select(p => p[..p.IndexOf('/')])
            .ToList();

    /// <summary>The language's _language.yaml as it is in this repository.</summary>
    public static string Text(string code) => BuiltInFiles.ReadText($"{Folder}/{code}/{LanguageReader.FileName}");
}
