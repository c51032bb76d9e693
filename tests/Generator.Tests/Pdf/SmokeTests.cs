using Leaflet.Pdf;

namespace Leaflet.Tests.Pdf;

public class SmokeTests
{
    [Fact]
    public void Writes_both_sizes()
    {
        Directory.CreateDirectory("/tmp/leaflet-pdf");
        foreach (var size in new[] { PrintSize.Standard, PrintSize.Large })
        {
            var (pdf, result) = EnglishLeaflet.Write(EnglishLeaflet.Request(size));
            File.WriteAllBytes($"/tmp/leaflet-pdf/{size}.pdf", pdf);
            File.WriteAllBytes($"/tmp/leaflet-pdf/{size}-2.pdf", EnglishLeaflet.Write(EnglishLeaflet.Request(size)).Pdf);
            Assert.Empty(result.Diagnostics);
        }
    }
}
