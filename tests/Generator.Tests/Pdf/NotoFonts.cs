namespace Leaflet.Tests.Pdf;

/// <summary>
/// A regular and bold Noto face from Debian's fonts-noto-core, for a language fixture. Missing,
/// the tests that need them skip with how to install them — except in CI (CI=true), where .ci/run
/// installs them and their absence is a failure.
/// </summary>
public sealed record NotoFonts(string Name, string RegularFile, string BoldFile)
{
    public static readonly NotoFonts NaskhArabic = new("Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf");
    public static readonly NotoFonts SansHebrew = new("Noto Sans Hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf");

    public string Regular => Path.Combine(DevanagariFonts.Folder, RegularFile);
    public string Bold => Path.Combine(DevanagariFonts.Folder, BoldFile);

    public bool Installed => File.Exists(Regular) && File.Exists(Bold);

    public void SkipUnlessInstalled()
    {
        if (Installed) return;
        var message = $"{Name} is not in {DevanagariFonts.Folder} (apt-get install fonts-noto-core)";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(message + "; it is required in CI.");
        Skip.If(true, message + "; skipped outside CI.");
    }
}
