using Leaflet.Tests.Support;

namespace Leaflet.Tests.Pdf.Text.LineBreaking;

public class LineBreakTableTests
{
    [SkippableFact]
    public void The_committed_line_break_table_is_the_one_the_installed_Unicode_data_gives()
    {
        UnicodeData.Require("LineBreak.txt", "auxiliary/LineBreakTest.txt");
        var path = Path.Combine(Repository.Root, LineBreakTableSource.RelativePath);
        var generated = LineBreakTableSource.Generate();

        if (Environment.GetEnvironmentVariable("LEAFLET_WRITE_UNICODE_TABLES") == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }
        Assert.True(File.ReadAllText(path) == generated,
            $"{LineBreakTableSource.RelativePath} differs from what {UnicodeData.Folder} gives (Unicode {UnicodeData.VersionOf("LineBreak.txt")}); " +
            "regenerate it with LEAFLET_WRITE_UNICODE_TABLES=1 dotnet test --filter LineBreakTableTests");
    }

    [SkippableFact]
    public void The_table_and_the_conformance_test_are_of_one_Unicode_version()
    {
        UnicodeData.Require("LineBreak.txt", "auxiliary/LineBreakTest.txt");

        Assert.Equal(Leaflet.Pdf.Text.LineBreaking.LineBreakTable.UnicodeVersion, UnicodeData.VersionOf("auxiliary/LineBreakTest.txt"));
    }
}
