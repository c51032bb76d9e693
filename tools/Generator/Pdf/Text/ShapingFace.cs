using System.Collections.Concurrent;
using System.Collections.Immutable;
using HarfBuzzSharp;

namespace Leaflet.Pdf.Text;

/// <summary>
/// A font file's HarfBuzz face and font, at a scale of one unit per design unit, so shaped
/// positions are in font units whatever the size; and the runs shaped with it, keyed by text,
/// script, direction and language (not size: positions in font units do not depend on it, so
/// the standard and large-print leaflets share their shaping). A HarfBuzz font may shape from
/// several threads at once; each call has its own buffer. The cache is emptied when it holds
/// <see cref="Capacity"/> runs, which bounds its memory in a build of thousands of leaflets.
/// </summary>
public sealed class ShapingFace
{
    public const int Capacity = 4096;

    private readonly Font _font;
    private readonly ConcurrentDictionary<Key, ImmutableArray<ShapedGlyph>> _shaped = new();
    private readonly ConcurrentDictionary<string, Language> _languages = new(StringComparer.Ordinal);
    /// <summary>Runs added since the cache was last emptied; counted apart, as the dictionary's Count takes all its locks.</summary>
    private int _added;

    public ShapingFace(byte[] data)
    {
        var pinned = System.Runtime.InteropServices.GCHandle.Alloc(data, System.Runtime.InteropServices.GCHandleType.Pinned);
        try
        {
            // Duplicate: HarfBuzz keeps its own copy, so its lifetime does not depend on the managed array's.
            using var blob = new Blob(pinned.AddrOfPinnedObject(), data.Length, MemoryMode.Duplicate);
            blob.MakeImmutable();
            using var face = new Face(blob, 0);
            face.MakeImmutable();
            _font = new Font(face);
        }
        finally
        {
            pinned.Free();
        }
    }

    public ImmutableArray<ShapedGlyph> Shape(string text, Script script, bool rightToLeft, string language)
    {
        var key = new Key(text, script, rightToLeft, language);
        if (_shaped.TryGetValue(key, out var glyphs)) return glyphs;
        glyphs = ShapeUncached(text, script, rightToLeft, language);
        if (Interlocked.Increment(ref _added) > Capacity)
        {
            _shaped.Clear();
            Interlocked.Exchange(ref _added, 1);
        }
        _shaped.TryAdd(key, glyphs);
        return glyphs;
    }

    private ImmutableArray<ShapedGlyph> ShapeUncached(string text, Script script, bool rightToLeft, string language)
    {
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.Script = script;
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.Language = _languages.GetOrAdd(language, tag => new Language(tag));
        _font.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphs = ImmutableArray.CreateBuilder<ShapedGlyph>(infos.Length);
        for (var i = 0; i < infos.Length; i++)
        {
            var position = positions[i];
            glyphs.Add(new ShapedGlyph((ushort)infos[i].Codepoint, (int)infos[i].Cluster, position.XAdvance, position.XOffset, position.YOffset));
        }
        return glyphs.MoveToImmutable();
    }

    /// <param name="Language">A BCP 47 tag: some scripts take a language's own forms.</param>
    private readonly record struct Key(string Text, Script Script, bool RightToLeft, string Language);
}
