using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Leaflet.Pdf.Rendering.GlyphRuns;

/// <summary>
/// Cuts a TrueType font down to the glyphs a document draws with hb-subset, which the HarfBuzz
/// library HarfBuzzSharp ships exports (HarfBuzzSharp itself does not wrap it). Glyph numbers are
/// kept (the PDF's character codes are HarfBuzz's glyph numbers, /CIDToGIDMap /Identity), composite
/// glyphs keep their components, and hinting and the layout tables a PDF reader never reads go.
/// </summary>
internal static class HarfBuzzSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    private const uint NoHinting = 0x1;
    private const uint RetainGlyphIds = 0x2;
    private const int DropTableTags = 3;

    /// <summary>Layout tables: the runs are shaped already.</summary>
    private static readonly ImmutableArray<string> DroppedTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "morx", "DSIG"];

    public static byte[] Subset(byte[] font, IEnumerable<ushort> glyphs)
    {
        var pinned = GCHandle.Alloc(font, GCHandleType.Pinned);
        IntPtr blob = 0, face = 0, input = 0, subset = 0, result = 0;
        try
        {
            blob = hb_blob_create(pinned.AddrOfPinnedObject(), (uint)font.Length, MemoryModeReadOnly, 0, 0);
            face = hb_face_create(blob, 0);
            input = hb_subset_input_create_or_fail();
            if (input == 0) throw new InvalidOperationException("hb-subset could not allocate its input.");
            var glyphSet = hb_subset_input_glyph_set(input);
            hb_set_add(glyphSet, 0);
            foreach (var glyph in glyphs) hb_set_add(glyphSet, glyph);
            var dropped = hb_subset_input_set(input, DropTableTags);
            foreach (var tag in DroppedTables) hb_set_add(dropped, Tag(tag));
            hb_subset_input_set_flags(input, NoHinting | RetainGlyphIds);
            subset = hb_subset_or_fail(face, input);
            if (subset == 0) throw new InvalidDataException("hb-subset could not subset the font.");
            result = hb_face_reference_blob(subset);
            var data = hb_blob_get_data(result, out var length);
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            if (result != 0) hb_blob_destroy(result);
            if (subset != 0) hb_face_destroy(subset);
            if (input != 0) hb_subset_input_destroy(input);
            if (face != 0) hb_face_destroy(face);
            if (blob != 0) hb_blob_destroy(blob);
            pinned.Free();
        }
    }

    private static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

    /// <summary>HB_MEMORY_MODE_READONLY: HarfBuzz reads the pinned array in place.</summary>
    private const int MemoryModeReadOnly = 1;

    [DllImport(Library)] private static extern IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [DllImport(Library)] private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [DllImport(Library)] private static extern void hb_blob_destroy(IntPtr blob);
    [DllImport(Library)] private static extern IntPtr hb_face_create(IntPtr blob, uint index);
    [DllImport(Library)] private static extern IntPtr hb_face_reference_blob(IntPtr face);
    [DllImport(Library)] private static extern void hb_face_destroy(IntPtr face);
    [DllImport(Library)] private static extern IntPtr hb_subset_input_create_or_fail();
    [DllImport(Library)] private static extern IntPtr hb_subset_input_glyph_set(IntPtr input);
    [DllImport(Library)] private static extern IntPtr hb_subset_input_set(IntPtr input, int setType);
    [DllImport(Library)] private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);
    [DllImport(Library)] private static extern void hb_subset_input_destroy(IntPtr input);
    [DllImport(Library)] private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [DllImport(Library)] private static extern void hb_set_add(IntPtr set, uint codepoint);
}
