namespace Leaflet.Tests.Pdf.Text.Bidi;

/// <summary>
/// The committed bidi tables are the installed Unicode Character Database's, so the tables and the
/// conformance files the other tests read are one Unicode version. With
/// LEAFLET_WRITE_UNICODE_TABLES=1 the test writes the tables instead of comparing them.
/// </summary>
public sealed class BidiTablesTests
{
    [SkippableFact]
    public void The_committed_bidi_tables_equal_those_generated_from_the_installed_unicode_data()
    {
        UnicodeData.Require(BidiTableSource.ClassFile, BidiTableSource.BracketFile, BidiTableSource.MirrorFile);
        var generated = BidiTableSource.Generate();
        if (Environment.GetEnvironmentVariable("LEAFLET_WRITE_UNICODE_TABLES") == "1")
        {
            File.WriteAllText(BidiTableSource.Path, generated);
            return;
        }
        var committed = File.Exists(BidiTableSource.Path) ? File.ReadAllText(BidiTableSource.Path).Replace("\r\n", "\n") : "";
        Assert.True(committed == generated,
            $"{BidiTableSource.Path} is not what Unicode {UnicodeData.VersionOf(BidiTableSource.ClassFile)} in {UnicodeData.Folder} gives; "
            + "regenerate it with LEAFLET_WRITE_UNICODE_TABLES=1 dotnet test tests/Generator.Tests --filter BidiTablesTests");
    }
}
