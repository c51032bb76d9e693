namespace Leaflet.Tests.Pdf;

/// <summary>
/// Droid Sans Fallback from Debian's fonts-droid-fallback, a TrueType font with the CJK
/// ideographs, for the Chinese fixture. Missing, the tests that need it skip with how to install
/// it — except in CI (CI=true), where .ci/run installs it and its absence is a failure.
/// </summary>
public static class CjkFonts
{
    public const string Regular = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    public static void SkipUnlessInstalled()
    {
        if (File.Exists(Regular)) return;
        const string message = $"Droid Sans Fallback is not at {Regular} (apt-get install fonts-droid-fallback)";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(message + "; it is required in CI.");
        Skip.If(true, message + "; skipped outside CI.");
    }
}
