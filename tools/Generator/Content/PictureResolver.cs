using Leaflet.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Leaflet.Content;

/// <summary>
/// Finds the file behind each picture of an article. Pictures live in content/images/ (every language)
/// or content/&lt;lang&gt;/images/ (a translated picture); the language's own file wins, so a translator
/// can replace a picture with text in it without touching the Markdown.
/// </summary>
public sealed class PictureResolver(string contentRoot, string languageCode)
{
    private static readonly string[] Extensions = [".png", ".jpg", ".jpeg"];
    /// <summary>content/images/: the pictures every language shares; never a language, whatever else it holds.</summary>
    public const string ImagesFolder = "images";

    public IReadOnlyList<PictureReference> ResolveAll(MarkdownDocument document, string articlePath, SourceMap location, DiagnosticBag diagnostics)
    {
        var pictures = new List<PictureReference>();
        foreach (var link in document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            var picture = Resolve(link, articlePath, location, diagnostics);
            if (picture is not null && pictures.All(p => p.Reference != picture.Reference)) pictures.Add(picture);
        }
        return pictures;
    }

    private PictureReference? Resolve(LinkInline link, string articlePath, SourceMap location, DiagnosticBag diagnostics)
    {
        var reference = link.Url ?? "";
        if (reference.Length == 0 || Uri.TryCreate(reference, UriKind.Absolute, out _) || reference.StartsWith('/'))
        {
            diagnostics.Add(location.Report(DiagnosticCodes.PictureOutside, link,
                $"picture '{reference}' must be a path relative to the article, into images/ or ../images/"));
            return null;
        }
        var unescaped = Uri.UnescapeDataString(reference);
        if (unescaped.Contains('\0', StringComparison.Ordinal))
        {
            // The path functions throw on a NUL (%00), which no file name can hold.
            diagnostics.Add(location.Report(DiagnosticCodes.PictureMissing, link, $"picture '{reference}' cannot exist: its path holds a NUL character (%00)"));
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(articlePath))!, unescaped));
        var root = Path.GetFullPath(contentRoot);
        var languageImages = Path.Combine(root, languageCode, ImagesFolder) + Path.DirectorySeparatorChar;
        var sharedImages = Path.Combine(root, ImagesFolder) + Path.DirectorySeparatorChar;
        var relative = full.StartsWith(languageImages, StringComparison.Ordinal) ? full[languageImages.Length..]
            : full.StartsWith(sharedImages, StringComparison.Ordinal) ? full[sharedImages.Length..]
            : null;
        if (relative is null)
        {
            diagnostics.Add(location.Report(DiagnosticCodes.PictureOutside, link,
                $"picture '{reference}' is outside content/images/ and content/{languageCode}/images/"));
            return null;
        }
        if (!Extensions.Contains(Path.GetExtension(relative).ToLowerInvariant()))
        {
            diagnostics.Add(location.Report(DiagnosticCodes.PictureFormat, link, $"picture '{reference}' must be a PNG or JPEG file"));
            return null;
        }

        var own = Path.Combine(languageImages, relative);
        var shared = Path.Combine(sharedImages, relative);
        var found = File.Exists(own) ? own : File.Exists(shared) ? shared : null;
        if (found is null)
        {
            diagnostics.Add(location.Report(DiagnosticCodes.PictureMissing, link,
                $"picture '{reference}' does not exist in content/{languageCode}/images/ or content/images/"));
            return null;
        }
        if (!RealPath.IsInside(found, root))
        {
            diagnostics.Add(location.Report(DiagnosticCodes.PictureOutside, link,
                $"picture '{reference}' is a symbolic link to a file outside content/; copy the picture into content/ instead"));
            return null;
        }
        return new PictureReference(reference, found, relative.Replace(Path.DirectorySeparatorChar, '/'), found == own);
    }
}
