namespace Leaflet.Tests.Support;

/// <summary>The basic fixture site (Fixtures/Sites/basic), built once as it is, with the real templates.</summary>
public class BasicSiteFixture : IDisposable
{
    public BasicSiteFixture() : this(noPdf: false)
    {
    }

    protected BasicSiteFixture(bool noPdf)
    {
        Workspace = SiteWorkspace.FromFixture("basic");
        Content = ContentInfo.Read(Workspace.ContentRoot);
        Site = Workspace.Build(noPdf: noPdf);
    }

    public SiteWorkspace Workspace { get; }

    public ContentInfo Content { get; }

    public BuiltSite Site { get; }

    public void Dispose()
    {
        Workspace.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// The basic fixture built without PDFs: the golden files are about the templates, and a PDF's
/// size in KB, printed on each leaflet page, changes with every change to the PDF layout.
/// </summary>
public sealed class BasicSiteWithoutPdfFixture() : BasicSiteFixture(noPdf: true);
