using Leaflet.Pdf;

namespace Leaflet.Tests.Pdf;

/// <summary>Writes the English leaflet in both sizes to LEAFLET_PDF_DIR, to look at them as a reader would.</summary>
public class SampleFiles
{
    [Fact]
    public void Writes_the_samples_when_asked()
    {
        var directory = Environment.GetEnvironmentVariable("LEAFLET_PDF_DIR");
        if (string.IsNullOrEmpty(directory)) return;
        Directory.CreateDirectory(directory);
        foreach (var size in new[] { PrintSize.Standard, PrintSize.Large })
            File.WriteAllBytes(Path.Combine(directory, $"red-dots-on-the-body-{size}.pdf".ToLowerInvariant()), EnglishLeaflet.Write(EnglishLeaflet.Request(size)).Pdf);
    }
}
