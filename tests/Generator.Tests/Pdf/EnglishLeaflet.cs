using System.Globalization;
using Leaflet.Content;
using Leaflet.Pdf;
using Markdig;

namespace Leaflet.Tests.Pdf;

/// <summary>The real English leaflet from content/, as the build would hand it to the PDF stage.</summary>
public static class EnglishLeaflet
{
    public static readonly Uri PageUrl = new("https://leaflets.example.org/en/red-dots-on-the-body/");

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Leaflet.sln")))
                directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("Leaflet.sln not found above the test binaries.");
        }
    }

    public static string SourcePath => Path.Combine(RepositoryRoot, "content", "en", "red-dots-on-the-body.md");

    /// <summary>The Markdown after the YAML front matter (between the first two "---" lines).</summary>
    public static string Markdown => string.Join("\n", File.ReadAllLines(SourcePath).Skip(BodyFirstLine - 1));

    /// <summary>The 1-based line of the file that <see cref="Markdown"/> starts on, after the second "---".</summary>
    public static int BodyFirstLine => Array.IndexOf(File.ReadAllLines(SourcePath), "---", 1) + 2;

    public static LeafletPdfRequest Request(PrintSize size = PrintSize.Standard, string? markdown = null) => new()
    {
        Body = Markdig.Markdown.Parse(markdown ?? Markdown, LeafletMarkdown.Pipeline),
        SourcePath = SourcePath,
        // Markdown given by a test is a whole file of its own, without front matter.
        BodyFirstLine = markdown is null ? BodyFirstLine : 1,
        Title = "Very small red dots on the body",
        Subtitle = "Why red dots appear on the body, what they are, and whether they are angiomas",
        Description = "Red dots on the skin (angiomas): what they are, why they appear, when they need removal, how doctors remove them, and red dots in children.",
        Language = "en-GB",
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        Dates = [("Published", "24 November 2026"), ("Last reviewed", "24 November 2026"), ("Next review", "24 November 2027")],
        Disclaimer = "This leaflet is general information. It does not replace advice from your doctor. If you are worried about your health, talk to a doctor.",
        PageLabelFormat = "Page {0} of {1}",
        PageUrl = PageUrl,
        ResolveLink = target => Uri.TryCreate(PageUrl, target, out var url) ? url : null,
        ResolveImage = path => Path.Combine(Path.GetDirectoryName(SourcePath)!, path),
        Publisher = "Health leaflets",
        Modified = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero),
        Size = size,
    };

    public static (byte[] Pdf, LeafletPdfResult Result) Write(LeafletPdfRequest request)
    {
        using var stream = new MemoryStream();
        var result = new LeafletPdfWriter().Write(request, stream);
        return (stream.ToArray(), result);
    }
}
