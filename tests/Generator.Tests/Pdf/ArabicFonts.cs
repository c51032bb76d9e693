namespace Leaflet.Tests.Pdf;

/// <summary>
/// Noto Naskh Arabic from Debian's fonts-noto-core, for the Arabic fixture. Missing, the tests
/// that need it skip with how to install it — except in CI (CI=true), where .ci/run installs it
/// and its absence is a failure.
/// </summary>
public static class ArabicFonts
{
    public static readonly string Regular = Path.Combine(DevanagariFonts.Folder, "NotoNaskhArabic-Regular.ttf");
    public static readonly string Bold = Path.Combine(DevanagariFonts.Folder, "NotoNaskhArabic-Bold.ttf");

    public static bool Installed => File.Exists(Regular) && File.Exists(Bold);

    public static void SkipUnlessInstalled()
    {
        if (Installed) return;
        var message = $"Noto Naskh Arabic is not in {DevanagariFonts.Folder} (apt-get install fonts-noto-core)";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(message + "; it is required in CI.");
        Skip.If(true, message + "; skipped outside CI.");
    }
}
