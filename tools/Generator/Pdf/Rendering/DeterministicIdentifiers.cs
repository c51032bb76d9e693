namespace Leaflet.Pdf.Rendering;

/// <summary>Placeholder; filled in once the saved file's random parts are known.</summary>
internal static class DeterministicIdentifiers
{
    public static void Apply(Span<byte> pdf)
    {
    }
}
