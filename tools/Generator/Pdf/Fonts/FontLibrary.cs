using System.Collections.Concurrent;

namespace Leaflet.Pdf.Fonts;

/// <summary>
/// The font files of one build, each read and parsed once however many languages and leaflets
/// name it (some fonts are several megabytes). Thread-safe.
/// </summary>
public sealed class FontLibrary
{
    private readonly ConcurrentDictionary<string, Lazy<FontFace>> _faces = new(StringComparer.Ordinal);

    /// <summary>The face in the file; throws <see cref="IOException"/> or <see cref="InvalidDataException"/> when it cannot be used.</summary>
    public FontFace Load(string path) =>
        _faces.GetOrAdd(path, p => new Lazy<FontFace>(() => Read(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static FontFace Read(string path)
    {
        var data = File.ReadAllBytes(path);
        try
        {
            return FontFace.Load(Path.GetFileNameWithoutExtension(path), data);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or KeyNotFoundException)
        {
            throw new InvalidDataException($"the font's tables cannot be read ({e.Message})", e);
        }
    }
}
