using System.Globalization;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Site;

/// <summary>
/// Issue 8: "two clean builds of the same content give byte-identical output/ trees; nothing depends
/// on the clock, the machine, the current culture, the time zone or the file system's order". The
/// real program is run as users run it, under another locale and time zone, and on a copy of the
/// content whose files were created in reverse order in another folder.
/// </summary>
[Collection(HeavyTests.Name)]
public sealed class ReproducibilityTests
{
    /// <summary>2026-06-01T12:00:00Z: noon in UTC is already the next day in Apia (UTC+13).</summary>
    private const string Epoch = "1780315200";

    /// <summary>
    /// Real content and a third language, with templates that also show the build's moment and a
    /// decimal number: what a time zone or a culture would change first if it leaked.
    /// </summary>
    private static SiteWorkspace Workspace()
    {
        var workspace = SiteWorkspace.FromRealContent(copyTemplates: true);
        TempFolder.CopyDirectory(Repository.FixtureSite("german"), workspace.ContentRoot);
        var layout = Path.Combine(workspace.TemplatesRoot, "404.html");
        File.AppendAllText(layout, "\n<p>{{ date.now | date.to_string '%F %T %A %B' }} {{ date.now.day }} {{ 1.5 }} {{ 1234567.25 }}</p>\n");
        return workspace;
    }

    private static LeafletProgram.Run Build(string content, string templates, string output, string? locale, string timeZone, string? workingDirectory = null)
    {
        var environment = new Dictionary<string, string?>
        {
            ["LANG"] = locale,
            ["LC_ALL"] = locale,
            ["TZ"] = timeZone,
            ["SOURCE_DATE_EPOCH"] = Epoch,
        };
        var run = LeafletProgram.Execute(["build", "--content", content, "--templates", templates, "--output", output], environment, workingDirectory);
        Assert.True(run.Exit == 0, $"the build failed ({run.Exit}):\n{run.Error}");
        return run;
    }

    /// <summary>Copies a folder file by file in reverse name order, so directory listings come in another order.</summary>
    private static void CopyInReverse(string source, string destination)
    {
        var files = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Reverse();
        foreach (var file in files)
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void Builds_under_a_russian_locale_in_apia_and_from_files_created_in_reverse_order_are_byte_identical()
    {
        using var workspace = Workspace();
        using var other = new TempFolder();
        var reversed = other.Combine("elsewhere", "content");
        CopyInReverse(workspace.ContentRoot, reversed);
        var plain = workspace.Temp.Combine("plain");
        var russian = workspace.Temp.Combine("russian");
        var shuffled = other.Combine("shuffled");

        Build(workspace.ContentRoot, workspace.TemplatesRoot, plain, locale: null, timeZone: "UTC");
        Build(workspace.ContentRoot, workspace.TemplatesRoot, russian, locale: "ru_RU.UTF-8", timeZone: "Pacific/Apia");
        Build(reversed, workspace.TemplatesRoot, shuffled, locale: "tr_TR.UTF-8", timeZone: "America/St_Johns", workingDirectory: other.Path);

        var expected = FolderSnapshot.Of(plain);
        Assert.Contains(expected.Files, f => f.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Contains("<p>2026-06-01 12:00:00 Monday June 1 1.5 1234567.25</p>", File.ReadAllText(Path.Combine(plain, "404.html")));
        FolderSnapshot.Of(russian).AssertSameAs(expected);
        FolderSnapshot.Of(shuffled).AssertSameAs(expected);
    }

    [Fact]
    public void SOURCE_DATE_EPOCH_dates_the_files_and_decides_which_reviews_are_overdue()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var before = workspace.Temp.Combine("before");
        var after = workspace.Temp.Combine("after");

        var early = Build(workspace.ContentRoot, Repository.Templates, before, locale: null, timeZone: "UTC");
        var late = LeafletProgram.Execute(["build", "--content", workspace.ContentRoot, "--output", after],
            new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "2000000000" });

        Assert.Equal(0, late.Exit);
        Assert.DoesNotContain("LF1020", early.Error);
        Assert.Contains("warning LF1020: review overdue since 2027-06-01", late.Error);
        var moment = DateTimeOffset.FromUnixTimeSeconds(long.Parse(Epoch, CultureInfo.InvariantCulture)).UtcDateTime;
        Assert.All(Directory.EnumerateFiles(before, "*", SearchOption.AllDirectories), file => Assert.Equal(moment, File.GetLastWriteTimeUtc(file)));
        // Nothing the default templates or the PDFs show depends on the moment the build thinks it is.
        FolderSnapshot.Of(after).AssertSameAs(FolderSnapshot.Of(before));
    }
}
