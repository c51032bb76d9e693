namespace Leaflet.Content;

/// <summary>The settings of content/_site.yaml, after command-line overrides.</summary>
public sealed record SiteConfiguration(
    Uri BaseUrl,
    string DefaultLanguage,
    string Publisher,
    bool AllowRawHtml,
    bool OfflineLinks)
{
    /// <summary>The pairs of <c>bilingual:</c>, in the order written; each leaflet in both languages gets a two-language PDF.</summary>
    public IReadOnlyList<LanguagePair> Bilingual { get; init; } = [];

    /// <summary>Value equality over the pairs too, so a change of <c>bilingual:</c> is a change of the configuration.</summary>
    public bool Equals(SiteConfiguration? other) =>
        other is not null && BaseUrl == other.BaseUrl && DefaultLanguage == other.DefaultLanguage && Publisher == other.Publisher
        && AllowRawHtml == other.AllowRawHtml && OfflineLinks == other.OfflineLinks && Bilingual.SequenceEqual(other.Bilingual);

    public override int GetHashCode() => HashCode.Combine(BaseUrl, DefaultLanguage, Publisher, AllowRawHtml, OfflineLinks, Bilingual.Count);

    /// <summary>The record's own text with the pairs written out, since serve keys kept PDFs by it.</summary>
    private bool PrintMembers(System.Text.StringBuilder text)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        text.Append(invariant, $"BaseUrl = {BaseUrl}, DefaultLanguage = {DefaultLanguage}, Publisher = {Publisher}, ");
        text.Append(invariant, $"AllowRawHtml = {AllowRawHtml}, OfflineLinks = {OfflineLinks}, Bilingual = [{string.Join(", ", Bilingual)}]");
        return true;
    }
}

/// <summary>Two languages printed side by side, <see cref="First"/> in the left column; where the pair is written in _site.yaml.</summary>
public sealed record LanguagePair(string First, string Second, int Line, int Column)
{
    public override string ToString() => $"{First}-{Second}";
}
