using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Leaflet.Pdf.Rendering;

/// <summary>
/// PDFsharp writes a few values inside Save() from a random generator or the clock: the font
/// subset tags, the trailer's /ID, the XMP document and instance IDs, and each link
/// annotation's /NM and /M. This replaces them in the saved bytes with values of the same
/// length, so every cross-reference offset stays valid: the random values are first masked,
/// the masked file is hashed, and each replacement is derived from that hash. The same
/// content therefore always gives the same file, and different content different IDs.
/// </summary>
internal static partial class DeterministicIdentifiers
{
    [GeneratedRegex(@"(?<=/(?:FontName|BaseFont)/)(?<tag>[A-Z]{6})(?=\+)|(?<=/NM\()(?<uuid>[0-9a-f-]{36})(?=\))|(?<=uuid:)(?<uuid>[0-9a-f-]{36})|(?<=/ID\[<)(?<id>[0-9A-F]{32})><(?<id>[0-9A-F]{32})(?=>\])|(?<=/M\(D:)(?<date>\d{14})(?<zone>[+-]\d\d'\d\d')?(?=\))")]
    private static partial Regex RandomValues();

    public static void Apply(Span<byte> pdf, DateTimeOffset modified)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var slots = new List<(int Index, int Length, string Kind, string Original)>();
        foreach (Match match in RandomValues().Matches(text))
        {
            foreach (var kind in new[] { "tag", "uuid", "id", "date", "zone" })
            {
                foreach (Capture capture in match.Groups[kind].Captures)
                    slots.Add((capture.Index, capture.Length, kind, capture.Value));
            }
        }
        foreach (var slot in slots) pdf.Slice(slot.Index, slot.Length).Fill((byte)'0');
        var seed = SHA256.HashData(pdf);

        // Only the random values take a number: the clock's dates become the same value wherever
        // they stood, so whether two links were drawn in the same second must not shift the numbers.
        var derived = new Dictionary<(string, string), string>();
        foreach (var (index, length, kind, original) in slots)
        {
            var value = kind switch
            {
                "date" => modified.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
                "zone" => "+00'00'",
                _ => derived.TryGetValue((kind, original), out var known) ? known
                    : derived[(kind, original)] = Derive(kind, length, seed, derived.Count),
            };
            Encoding.Latin1.GetBytes(value, pdf.Slice(index, length));
        }
    }

    private static string Derive(string kind, int length, byte[] seed, int ordinal)
    {
        var bytes = SHA256.HashData([.. seed, .. BitConverter.GetBytes(ordinal)]);
        return kind switch
        {
            "tag" => new string(bytes.Take(length).Select(b => (char)('A' + b % 26)).ToArray()),
            "uuid" => new Guid(bytes.AsSpan(0, 16)).ToString("D"),
            _ => Convert.ToHexString(bytes.AsSpan(0, length / 2)),
        };
    }
}
