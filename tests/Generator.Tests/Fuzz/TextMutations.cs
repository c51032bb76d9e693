using System.Text;

namespace Leaflet.Tests.Fuzz;

/// <summary>
/// Mutations that know nothing of Markdown or YAML: cut, garbage, NUL bytes, flipped bits, odd
/// Unicode (lone surrogates written as WTF-8, bidi controls, noncharacters, overlong forms), lines
/// moved about, and very long lines. Each takes its randomness only from the generator it is given.
/// </summary>
public static class TextMutations
{
    private static readonly byte[][] OddSequences =
    [
        [0xED, 0xA0, 0x80], // a lone high surrogate, U+D800, as WTF-8 writes it
        [0xED, 0xBF, 0xBF], // a lone low surrogate, U+DFFF
        [0xC0, 0xAF], // an overlong '/'
        [0xE0, 0x80, 0xAF], // another overlong '/'
        [0xF8, 0x88, 0x80, 0x80, 0x80], // a five-byte form
        [0xF4, 0x90, 0x80, 0x80], // above U+10FFFF
        [0xFF], [0xFE], [0x80], [0xC3], // stray and cut sequences
        [0x00], [0x00, 0x00, 0x00],
    ];

    private static readonly string[] OddCharacters =
    [
        "\u202E", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200F", "\u200E", "\u061C", // bidi controls
        "\u200B", "\u200D", "\uFEFF", "\u2060", // zero-width
        "\uFFFE", "\uFFFF", "\uFDD0", // noncharacters
        "\u2028", "\u2029", "\u0085", "\r", "\v", "\f", "\u001B", "\u0007", // odd line breaks and controls
        "\U0001F600", "\U0001F469\u200D\U0001F4BB", "\U0010FFFD", "\uE000", // astral, joined, private use
        "漢字", "مرحبا", "שלום", "\u0915\u094D\u0937", "ꙮ", "\U0001D54F",
        string.Concat(Enumerable.Repeat("\u0301", 300)), // a tower of combining accents
        "&#0;", "&#xD800;", "&#1114112;", "&nbsp;", "\\", "`", "<", ">", "&", "\"", "'",
    ];

    public static byte[] Truncate(Random random, byte[] input) => input.Length == 0 ? input : input[..random.Next(input.Length)];

    public static byte[] Garbage(Random random, byte[] input)
    {
        var garbage = new byte[random.Next(1, 512)];
        random.NextBytes(garbage);
        return Splice(input, random.Next(input.Length + 1), random.Next(Math.Min(64, input.Length + 1)), garbage);
    }

    public static byte[] Binary(Random random, byte[] input)
    {
        var bytes = new byte[random.Next(0, 8192)];
        random.NextBytes(bytes);
        return random.Next(3) == 0 ? [.. "---\n"u8, .. bytes] : bytes;
    }

    public static byte[] FlipBits(Random random, byte[] input)
    {
        var output = (byte[])input.Clone();
        for (var i = random.Next(1, 16); i > 0 && output.Length > 0; i--)
            output[random.Next(output.Length)] ^= (byte)(1 << random.Next(8));
        return output;
    }

    public static byte[] OddBytes(Random random, byte[] input)
    {
        var output = input;
        for (var i = random.Next(1, 6); i > 0; i--)
            output = Splice(output, random.Next(output.Length + 1), 0, OddSequences[random.Next(OddSequences.Length)]);
        return output;
    }

    public static byte[] OddUnicode(Random random, byte[] input)
    {
        var output = input;
        for (var i = random.Next(1, 12); i > 0; i--)
            output = Splice(output, CharacterBoundary(output, random.Next(output.Length + 1)), 0,
                Encoding.UTF8.GetBytes(OddCharacters[random.Next(OddCharacters.Length)]));
        return output;
    }

    public static byte[] ShuffleLines(Random random, byte[] input)
    {
        var lines = Encoding.UTF8.GetString(input).Split('\n').ToList();
        for (var i = random.Next(1, 8); i > 0 && lines.Count > 1; i--)
        {
            var from = random.Next(lines.Count);
            var line = lines[from];
            switch (random.Next(3))
            {
                case 0: lines.RemoveAt(from); break;
                case 1: lines.Insert(random.Next(lines.Count), line); break;
                default: lines.RemoveAt(from); lines.Insert(random.Next(lines.Count + 1), line); break;
            }
        }
        return Encoding.UTF8.GetBytes(string.Join(random.Next(4) == 0 ? "\r\n" : "\n", lines));
    }

    /// <summary>One line of up to 300 KB, beyond the 256 KB cap now and then.</summary>
    public static byte[] HugeLine(Random random, byte[] input)
    {
        string[] units = ["a", "*", "_", "[", "](", "`", "<", "&#", "\\", "|", "- ", "> ", "#", "![", "://", "漢", "\u202E", " ", "~~", "$"];
        var unit = units[random.Next(units.Length)];
        var length = random.Next(4) == 0 ? random.Next(200_000, 300_000) : random.Next(1_000, 60_000);
        var line = new StringBuilder(length + 8);
        while (line.Length < length) line.Append(random.Next(8) == 0 ? units[random.Next(units.Length)] : unit);
        return InsertLine(random, input, line.ToString());
    }

    public static byte[] InsertLine(Random random, byte[] input, string line)
    {
        var text = Encoding.UTF8.GetString(input);
        var lines = text.Split('\n').ToList();
        lines.Insert(random.Next(lines.Count + 1), line);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    public static byte[] Splice(byte[] input, int at, int remove, byte[] insert) =>
        [.. input.AsSpan(0, at), .. insert, .. input.AsSpan(Math.Min(input.Length, at + remove))];

    /// <summary>Moves a byte offset back to the start of a UTF-8 character, so an insertion keeps the rest valid.</summary>
    private static int CharacterBoundary(byte[] bytes, int at)
    {
        while (at > 0 && at < bytes.Length && (bytes[at] & 0xC0) == 0x80) at--;
        return at;
    }
}
