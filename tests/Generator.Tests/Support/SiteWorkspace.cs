using Leaflet.Pipeline;

namespace Leaflet.Tests.Support;

/// <summary>
/// A temporary site to build: a content folder (copied from a fixture or from the real content,
/// then changed by the test), the templates (the real ones, or a copy a test may break) and an
/// output folder that does not exist yet.
/// </summary>
public sealed class SiteWorkspace : IDisposable
{
    private SiteWorkspace(TempFolder temp, string templatesRoot)
    {
        Temp = temp;
        TemplatesRoot = templatesRoot;
    }

    public TempFolder Temp { get; }

    public string ContentRoot => Temp.Combine("content");

    public string TemplatesRoot { get; }

    public string OutputRoot => Temp.Combine("output");

    public static SiteWorkspace FromFixture(string name, bool copyTemplates = false) =>
        From(Repository.FixtureSite(name), copyTemplates);

    public static SiteWorkspace FromRealContent(bool copyTemplates = false) => From(Repository.Content, copyTemplates);

    private static SiteWorkspace From(string content, bool copyTemplates)
    {
        var temp = new TempFolder();
        TempFolder.CopyDirectory(content, temp.Combine("content"));
        var templates = Repository.Templates;
        if (copyTemplates)
        {
            templates = temp.Combine("templates");
            TempFolder.CopyDirectory(Repository.Templates, templates);
        }
        return new SiteWorkspace(temp, templates);
    }

    /// <summary>Writes a file under content/, e.g. "en/new-leaflet.md".</summary>
    public string WriteContent(string relative, string text) => Temp.Write("content/" + relative, text);

    public string WriteContentBytes(string relative, byte[] bytes) => Temp.WriteBytes("content/" + relative, bytes);

    public string ReadContent(string relative) => File.ReadAllText(Path.Combine([ContentRoot, .. relative.Split('/')]));

    public void DeleteContent(string relative) => File.Delete(Path.Combine([ContentRoot, .. relative.Split('/')]));

    public BuiltSite Build(Uri? baseUrl = null, bool strict = false, bool noPdf = false, BuildHooks? hooks = null, DateTimeOffset? sourceDate = null,
        bool drafts = false) =>
        BuiltSite.Build(ContentRoot, TemplatesRoot, OutputRoot, baseUrl, strict, noPdf, hooks, sourceDate, drafts);

    public void Dispose() => Temp.Dispose();
}
