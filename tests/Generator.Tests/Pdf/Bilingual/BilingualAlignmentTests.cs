using System.Text;
using System.Text.RegularExpressions;
using Leaflet.Pdf;
using Leaflet.Tests.Support;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Leaflet.Tests.Pdf.Bilingual;

/// <summary>Both columns of a bilingual PDF start every section at the same height, however long each translation is.</summary>
public partial class BilingualAlignmentTests(ITestOutputHelper output)
{
    private const string Slug = "red-dots-on-the-body";

    [Fact]
    public void Every_section_of_the_real_leaflet_starts_at_the_same_height_in_both_columns()
    {
        var (pdf, result) = BilingualRequests.Write(BilingualRequests.For(Repository.Content, Slug, "en", "ru"));
        var (worst, unshared) = BilingualRequests.AssertSectionStartsAlign(result);
        Assert.Equal(0, unshared);
        output.WriteLine($"{result.Pages} pages, {pdf.Length} bytes, {result.Headings.Count / 2} section starts, largest difference {worst:0.###} pt");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "LF4010");
    }

    [Fact]
    public void Sections_align_when_each_translation_is_three_times_longer_than_the_other_in_turn()
    {
        using var workspace = SiteWorkspace.FromRealContent();
        // English grows in the odd sections, Russian in the even ones: every page has a long and a short column.
        Lengthen(workspace, $"en/{Slug}.md", odd: true);
        Lengthen(workspace, $"ru/{Slug}.md", odd: false);
        var (pdf, result) = BilingualRequests.Write(BilingualRequests.For(workspace.ContentRoot, Slug, "en", "ru"));
        var (_, real) = BilingualRequests.Write(BilingualRequests.For(Repository.Content, Slug, "en", "ru"));
        Assert.True(result.Pages > real.Pages * 2, $"{result.Pages} pages against {real.Pages}: the lengths did not grow");
        var (worst, unshared) = BilingualRequests.AssertSectionStartsAlign(result);
        Assert.Equal(0, unshared);
        output.WriteLine($"{result.Pages} pages, {result.Headings.Count / 2} section starts, largest difference {worst:0.###} pt");

        // A section longer than a page continues in both columns: some page starts with no heading in either column.
        using var document = PdfDocument.Open(pdf);
        var pagesWithHeadings = result.Headings.Select(h => h.Page).ToHashSet();
        Assert.Contains(Enumerable.Range(1, result.Pages), p => !pagesWithHeadings.Contains(p));
        Assert.Equal(result.Pages, document.NumberOfPages);
    }

    [Fact]
    public void Translations_whose_sections_differ_align_the_sections_they_share_and_say_so_naming_both_files()
    {
        using var workspace = SiteWorkspace.FromRealContent();
        var russian = workspace.ReadContent($"ru/{Slug}.md");
        // The second level-2 section of the Russian leaflet is gone, up to the next heading.
        var headings = SectionHeading().Matches(russian).ToList();
        var cut = russian.Remove(headings[1].Index, headings[2].Index - headings[1].Index);
        workspace.WriteContent($"ru/{Slug}.md", cut);
        var (_, result) = BilingualRequests.Write(BilingualRequests.For(workspace.ContentRoot, Slug, "en", "ru"));

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "LF4010");
        Assert.Contains($"en{Path.DirectorySeparatorChar}{Slug}.md", warning.Message);
        Assert.Contains($"ru{Path.DirectorySeparatorChar}{Slug}.md", warning.Message);
        Assert.EndsWith($"en{Path.DirectorySeparatorChar}{Slug}.md", warning.File);
        // The sections the Russian lacks stand beside an empty column; every other one is level with its English.
        var (_, unshared) = BilingualRequests.AssertSectionStartsAlign(result);
        Assert.True(unshared >= 1, "no section stands alone");
        Assert.Equal(result.Headings.Count(h => h.Column == 0) - result.Headings.Count(h => h.Column == 1), unshared);
    }

    private static void Lengthen(SiteWorkspace workspace, string file, bool odd)
    {
        var lines = workspace.ReadContent(file).Split('\n');
        var body = Array.IndexOf(lines, "---", 1) + 1;
        var text = new StringBuilder(string.Join('\n', lines[..body])).Append('\n');
        var section = 0;
        foreach (var line in lines[body..])
        {
            if (line.StartsWith('#')) section++;
            var paragraph = line.Length > 0 && char.IsLetter(line[0]);
            text.Append(paragraph && section % 2 == (odd ? 1 : 0) ? $"{line}\n\n{line}\n\n{line}" : line).Append('\n');
        }
        workspace.WriteContent(file, text.ToString());
    }

    [GeneratedRegex(@"^## ", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();
}
