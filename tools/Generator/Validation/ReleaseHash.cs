using System.Security.Cryptography;
using System.Text;
using Leaflet.Content;

namespace Leaflet.Validation;

/// <summary>
/// A short hash of what a reader of an article sees: its title, subtitle, description and the hash of
/// each section of its body. Dates, code and version are left out: they change with a release, not with the text.
/// </summary>
public static class ReleaseHash
{
    private const int HashBytes = 6;

    public static string Of(Article article)
    {
        var front = article.FrontMatter;
        var text = new StringBuilder()
            .Append(front.Title).Append('\n')
            .Append(front.Subtitle).Append('\n')
            .Append(front.Description).Append('\n');
        foreach (var (section, hash) in SectionHashes.Of(article)) text.Append(section).Append(' ').Append(hash).Append('\n');
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(digest.AsSpan(0, HashBytes));
    }
}
