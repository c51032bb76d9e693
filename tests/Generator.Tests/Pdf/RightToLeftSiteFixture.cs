using Leaflet.Tests.Support;

namespace Leaflet.Tests.Pdf;

/// <summary>
/// The real content with a right-to-left leaflet added (a folder of Fixtures/Sites with
/// <c>direction: rtl</c>), its Noto fonts copied into content/fonts/, built once for the class.
/// Null when the fonts are not installed; each test then skips (or fails in CI).
/// </summary>
public abstract class RightToLeftSiteFixture : IDisposable
{
    protected RightToLeftSiteFixture(string fixtureSite, NotoFonts fonts)
    {
        if (!fonts.Installed) return;
        Workspace = SiteWorkspace.FromRealContent();
        TempFolder.CopyDirectory(Repository.FixtureSite(fixtureSite), Workspace.ContentRoot);
        Workspace.WriteContentBytes("fonts/" + fonts.RegularFile, File.ReadAllBytes(fonts.Regular));
        Workspace.WriteContentBytes("fonts/" + fonts.BoldFile, File.ReadAllBytes(fonts.Bold));
        Site = Workspace.Build();
    }

    public SiteWorkspace? Workspace { get; }

    public BuiltSite? Site { get; }

    public void Dispose() => Workspace?.Dispose();
}

/// <summary>The Arabic leaflet (Fixtures/Sites/arabic) in Noto Naskh Arabic.</summary>
public sealed class ArabicSiteFixture() : RightToLeftSiteFixture("arabic", NotoFonts.NaskhArabic);

/// <summary>The Hebrew leaflet (Fixtures/Sites/hebrew) in Noto Sans Hebrew.</summary>
public sealed class HebrewSiteFixture() : RightToLeftSiteFixture("hebrew", NotoFonts.SansHebrew);
