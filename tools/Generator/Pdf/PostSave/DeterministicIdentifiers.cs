using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Leaflet.Pdf.PostSave;

/// <summary>
/// PDFsharp writes a few values inside Save() from a random generator or the clock: the font
/// subset tags, the trailer's /ID, the XMP document and instance IDs, and each link
/// annotation's /NM and /M. This replaces them in the saved bytes with values of the same
/// length, so every cross-reference offset stays valid: the values, found object by object
/// (<see cref="RandomValueLocator"/>), are first masked,
/// the masked file is hashed, and each replacement is derived from that hash. The same
/// content therefore always gives the same file, and different content different IDs
/// (docs/decisions/0003-pdf-random-values-replaced-object-by-object.md).
/// </summary>
internal static class DeterministicIdentifiers
{
    public static void Apply(Span<byte> pdf, DateTimeOffset modified)
    {
        var slots = new List<(RandomValue Value, string Original)>();
        foreach (var value in RandomValueLocator.Find(pdf)) slots.Add((value, RandomValueLocator.Text(pdf, value)));
        foreach (var (value, _) in slots) pdf.Slice(value.Index, value.Length).Fill((byte)'0');
        var seed = SHA256.HashData(pdf);

        var derived = new Dictionary<(string, string), string>();
        foreach (var (value, original) in slots)
        {
            // Every date shares one key, as every date becomes Modified: a clock second ticking during
            // Save() must not change the ordinals, and so the values, derived after it.
            var key = (value.Kind, value.Kind is "date" or "zone" ? "" : original);
            if (!derived.TryGetValue(key, out var text))
                derived[key] = text = Derive(value.Kind, value.Length, seed, derived.Count, modified);
            Encoding.Latin1.GetBytes(text, pdf.Slice(value.Index, value.Length));
        }
    }

    private static string Derive(string kind, int length, byte[] seed, int ordinal, DateTimeOffset modified)
    {
        var bytes = SHA256.HashData([.. seed, .. BitConverter.GetBytes(ordinal)]);
        return kind switch
        {
            "tag" => new string(bytes.Take(length).Select(b => (char)('A' + b % 26)).ToArray()),
            "uuid" => new Guid(bytes.AsSpan(0, 16)).ToString("D"),
            "id" => Convert.ToHexString(bytes.AsSpan(0, length / 2)),
            "date" => modified.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
            _ => "+00'00'",
        };
    }
}
