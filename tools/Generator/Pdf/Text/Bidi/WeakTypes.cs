namespace Leaflet.Pdf.Text.Bidi;

/// <summary>
/// Rules W1–W7 over the types of one isolating run sequence, each rule applied to the whole
/// sequence before the next. Characters removed by X9 are not in the sequence, so "adjacent" here
/// is adjacent in the sequence, as the rules mean it.
/// </summary>
internal static class WeakTypes
{
    public static void Resolve(Span<BidiClass> types, BidiClass sos)
    {
        // W1: a nonspacing mark takes the type of what it follows; after an isolate initiator or PDI, ON.
        for (var i = 0; i < types.Length; i++)
        {
            if (types[i] != BidiClass.NSM) continue;
            types[i] = i == 0 ? sos
                : types[i - 1] is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI ? BidiClass.ON
                : types[i - 1];
        }

        // W2: a European number after Arabic letters is an Arabic number. W3: AL becomes R.
        var strong = sos;
        for (var i = 0; i < types.Length; i++)
        {
            var t = types[i];
            if (t is BidiClass.L or BidiClass.R or BidiClass.AL) strong = t;
            else if (t == BidiClass.EN && strong == BidiClass.AL) types[i] = BidiClass.AN;
        }
        for (var i = 0; i < types.Length; i++)
        {
            if (types[i] == BidiClass.AL) types[i] = BidiClass.R;
        }

        // W4: one separator between two numbers of a type joins them.
        for (var i = 1; i < types.Length - 1; i++)
        {
            var t = types[i];
            if (t != BidiClass.ES && t != BidiClass.CS) continue;
            var before = types[i - 1];
            if (before != types[i + 1]) continue;
            if (before == BidiClass.EN || (before == BidiClass.AN && t == BidiClass.CS)) types[i] = before;
        }

        // W5: terminators next to a European number are part of it.
        for (var i = 0; i < types.Length; i++)
        {
            if (types[i] != BidiClass.ET) continue;
            var end = i;
            while (end < types.Length && types[end] == BidiClass.ET) end++;
            if ((i > 0 && types[i - 1] == BidiClass.EN) || (end < types.Length && types[end] == BidiClass.EN))
                types[i..end].Fill(BidiClass.EN);
            i = end - 1;
        }

        // W6: what separators and terminators are left are neutral.
        for (var i = 0; i < types.Length; i++)
        {
            if (types[i] is BidiClass.ES or BidiClass.ET or BidiClass.CS) types[i] = BidiClass.ON;
        }

        // W7: a European number in left-to-right context is L.
        strong = sos;
        for (var i = 0; i < types.Length; i++)
        {
            var t = types[i];
            if (t is BidiClass.L or BidiClass.R) strong = t;
            else if (t == BidiClass.EN && strong == BidiClass.L) types[i] = BidiClass.L;
        }
    }
}
