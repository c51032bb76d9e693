using Leaflet.Tests.Support;

namespace Leaflet.Tests.Output;

/// <summary>
/// Issue 8: a full disk leaves output/ as it was. The output lives on a tmpfs sized to hold the
/// earlier site and half of another, so the next build really runs out of space while staging.
/// </summary>
public sealed class DiskFullTests
{
    private const long Block = 4096;

    /// <summary>The space a folder's files take on a tmpfs, which hands out whole pages.</summary>
    private static long Footprint(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => (new FileInfo(f).Length + Block - 1) / Block * Block);

    [TmpfsTheory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_disk_that_fills_up_while_staging_is_LF9007_and_the_earlier_output_stays_byte_for_byte(bool noPdf)
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var first = workspace.Temp.Combine("first");
        BuiltSite.Build(workspace.ContentRoot, workspace.TemplatesRoot, first, noPdf: noPdf).AssertPublished();
        var size = Footprint(first);
        var output = workspace.Temp.Combine("disk", "output");

        using (Tmpfs.Mount(workspace.Temp.Combine("disk"), size + size / 2))
        {
            TempFolder.CopyDirectory(first, output);
            var before = FolderSnapshot.Of(output);

            var site = BuiltSite.Build(workspace.ContentRoot, workspace.TemplatesRoot, output, noPdf: noPdf);

            Assert.False(site.Result.Published);
            var failure = Assert.Single(site.Result.Diagnostics, d => d.Severity == Leaflet.Diagnostics.Severity.Error);
            Assert.Equal("LF9007", failure.Code);
            Assert.Contains("No space left on device", failure.Message);
            FolderSnapshot.Of(output).AssertSameAs(before);
            EarlierOutput.AssertNoLeftovers(output);
        }
    }
}
