namespace Leaflet.Tests.Pdf.GlyphRuns;

/// <summary>
/// Noto fonts from Debian's fonts-noto-core. Absent, a test is skipped with a message naming
/// the package, except in CI (CI=true), where .ci/run installs it and absence is a failure.
/// </summary>
public static class SystemFonts
{
    public const string Devanagari = "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf";
    public const string Arabic = "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf";

    public static void Require(params string[] paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path)) continue;
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"'{path}' is required in CI.");
            Skip.If(true, $"'{path}' is not installed (apt-get install fonts-noto-core); skipped outside CI.");
        }
    }

    public static void RequireTools(params string[] tools)
    {
        foreach (var tool in tools)
        {
            if (ExternalTool.Available(tool, out _)) continue;
            var package = tool switch { "qpdf" => "qpdf", "hb-shape" or "hb-view" => "libharfbuzz-bin", _ => "poppler-utils" };
            Skip.If(true, $"'{tool}' is not installed (apt-get install {package}); skipped outside CI.");
        }
    }
}
