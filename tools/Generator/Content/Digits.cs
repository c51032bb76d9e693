using System.Globalization;

namespace Leaflet.Content;

/// <summary>
/// The digits a language prints its dates, page numbers and file sizes in: <c>digits:</c> of its
/// <c>_language.yaml</c>, <c>latin</c> (0123456789, the default) or <c>native</c> (the culture's own,
/// such as ٠١٢٣٤٥٦٧٨٩ for ar-EG). What the author wrote in a leaflet is never changed.
/// </summary>
public sealed class Digits
{
    private readonly IReadOnlyList<string> _symbols;

    private Digits(string name, IReadOnlyList<string> symbols)
    {
        Name = name;
        _symbols = symbols;
        // Latin is null while Latin itself is being made.
        AreLatin = Latin is null || symbols.SequenceEqual(Latin._symbols);
    }

    public static Digits Latin { get; } = new("latin", ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);

    /// <summary>The culture's native digits as CLDR gives them; some cultures' are the Latin ones.</summary>
    public static Digits NativeTo(CultureInfo culture) => new("native", culture.NumberFormat.NativeDigits);

    public string Name { get; }

    /// <summary>The digits for 0 to 9, in order.</summary>
    public IReadOnlyList<string> Symbols => _symbols;

    /// <summary>True when these are 0 to 9 themselves, so nothing changes.</summary>
    public bool AreLatin { get; }

    /// <summary>The text with each of 0 to 9 written in these digits.</summary>
    public string Apply(string text)
    {
        if (AreLatin) return text;
        var result = new System.Text.StringBuilder(text.Length);
        foreach (var c in text) result.Append(c is >= '0' and <= '9' ? _symbols[c - '0'] : c);
        return result.ToString();
    }

    public string Format(int number) => Apply(number.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => $"{Name} {string.Concat(_symbols)}";
}
