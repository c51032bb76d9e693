using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Leaflet.Content;
using Markdig.Syntax;

namespace Leaflet.Validation;

/// <summary>
/// A short hash of each section of an article's Markdown, keyed by the section's heading id, so a
/// translation can record what it was made from and the build can name the sections that changed since.
/// </summary>
/// <remarks>
/// A section is hashed as its lines with trailing whitespace removed, joined by '\n', the whole then
/// trimmed. That text is put together in one pooled buffer rather than split into a string per line:
/// the build hashes the source of every translation.
/// </remarks>
public static class SectionHashes
{
    /// <summary>The key of the text before the first heading.</summary>
    public const string Introduction = "_introduction";

    private const int HashBytes = 6;

    public static IReadOnlyDictionary<string, string> Of(Article article)
    {
        var body = article.BodyText.AsSpan();
        var lineStarts = LineStarts(body);
        var headings = article.Body.Descendants<HeadingBlock>().ToList();
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var starts = headings.Select(h => h.Line).Prepend(0).ToList();
        // Keyed by the ids the headings would have on their own, not the page's: a change to the
        // templates' ids must not make every translation look out of date.
        var keys = HeadingIds.Unique(headings.Select(h => InlineText.Of(h.Inline)), new HashSet<string>()).Prepend(Introduction).ToList();
        var text = ArrayPool<char>.Shared.Rent(body.Length);
        try
        {
            for (var i = 0; i < starts.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1] : lineStarts.Count;
                var section = Section(body, lineStarts, starts[i], end, text);
                if (i == 0 && section.Length == 0) continue;
                hashes[keys[i]] = Hash(section);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
        return hashes;
    }

    /// <summary>Where each line of the text starts; the text after its last '\n' is a line too, if empty.</summary>
    private static List<int> LineStarts(ReadOnlySpan<char> body)
    {
        var starts = new List<int> { 0 };
        var offset = 0;
        while (body[offset..].IndexOf('\n') is var next and >= 0)
        {
            offset += next + 1;
            starts.Add(offset);
        }
        return starts;
    }

    /// <summary>Lines <paramref name="first"/> to <paramref name="end"/> (exclusive), each without trailing whitespace, joined by '\n' and trimmed.</summary>
    private static ReadOnlySpan<char> Section(ReadOnlySpan<char> body, List<int> lineStarts, int first, int end, char[] buffer)
    {
        var length = 0;
        for (var line = first; line < end; line++)
        {
            if (line > first) buffer[length++] = '\n';
            var stop = line + 1 < lineStarts.Count ? lineStarts[line + 1] - 1 : body.Length;
            var text = body[lineStarts[line]..stop].TrimEnd();
            text.CopyTo(buffer.AsSpan(length));
            length += text.Length;
        }
        return buffer.AsSpan(0, length).Trim();
    }

    private static string Hash(ReadOnlySpan<char> text)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, bytes)), hash);
            return Convert.ToHexStringLower(hash[..HashBytes]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
