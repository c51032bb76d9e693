using System.Text;
using Leaflet.Pdf.Text.LineBreaking;

namespace Leaflet.Tests.Pdf.Text.LineBreaking;

/// <summary>
/// A text with its break opportunities drawn in: "|" where a line may end, "¶" where it must,
/// "¦" where it may end only inside a word too long for a line.
/// </summary>
public static class BreakMarks
{
    public static string Untailored(string text)
    {
        var breaks = new List<LineBreakOpportunity>();
        foreach (var opportunity in UnicodeLineBreaks.Enumerate(text)) breaks.Add(opportunity);
        return Draw(text, breaks);
    }

    public static string Tailored(string text, LineBreakTailoring tailoring)
    {
        var breaks = new LineBreakOpportunity[text.Length];
        var count = tailoring.Find(text, breaks);
        return Draw(text, breaks[..count]);
    }

    private static string Draw(string text, IEnumerable<LineBreakOpportunity> breaks)
    {
        var marked = new StringBuilder(text);
        foreach (var opportunity in breaks.Reverse())
            marked.Insert(opportunity.Index, opportunity.Kind switch
            {
                BreakKind.Mandatory => '¶',
                BreakKind.InsideLongWord => '¦',
                _ => '|',
            });
        return marked.ToString();
    }
}
