namespace Leaflet.Tests.Pdf;

/// <summary>
/// Noto Sans Devanagari from Debian's fonts-noto-core, for the Hindi fixture. Missing, the
/// tests that need it skip with how to install it — except in CI (CI=true), where .ci/run
/// installs it and its absence is a failure.
/// </summary>
public static class DevanagariFonts
{
    public const string Folder = "/usr/share/fonts/truetype/noto";
    public static readonly string Regular = Path.Combine(Folder, "NotoSansDevanagari-Regular.ttf");
    public static readonly string Bold = Path.Combine(Folder, "NotoSansDevanagari-Bold.ttf");

    public static void SkipUnlessInstalled()
    {
        if (File.Exists(Regular) && File.Exists(Bold)) return;
        const string message = $"Noto Sans Devanagari is not in {Folder} (apt-get install fonts-noto-core)";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(message + "; it is required in CI.");
        Skip.If(true, message + "; skipped outside CI.");
    }

    /// <summary>hb-shape (apt-get install libharfbuzz-bin), skipped or failed the same way.</summary>
    public static void SkipUnlessHbShape()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "hb-shape")));
        if (found) return;
        const string message = "'hb-shape' is not installed (apt-get install libharfbuzz-bin)";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(message + "; it is required in CI.");
        Skip.If(true, message + "; skipped outside CI.");
    }
}
