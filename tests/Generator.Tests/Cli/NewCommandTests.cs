using Leaflet.Cli;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Cli;

/// <summary><c>leaflet new DIR</c>: a site that builds with no warnings, its languages' strings taken from this repository's own.</summary>
public sealed class NewCommandTests
{
    /// <summary>2026-12-04 00:00 UTC.</summary>
    private const string Epoch = "1796342400";

    private sealed record Run(int Exit, string Output, string Error);

    private static Run New(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = NewCommand.Run(args, output, error, name => name == SourceDateEpoch.Variable ? Epoch : null);
        return new Run(exit, output.ToString(), error.ToString());
    }

    private static IReadOnlyList<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void A_new_site_has_its_configuration_a_language_an_example_leaflet_a_gitignore_and_a_readme()
    {
        using var temp = new TempFolder();
        var site = temp.Combine("clinic");

        var run = New(site);

        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal("", run.Error);
        Assert.Equal(
            [".gitignore", "README.md", "content/_site.yaml", "content/en/_language.yaml", "content/en/looking-after-your-skin-in-the-sun.md"],
            Files(site));
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.Content, "en", "_language.yaml")), File.ReadAllText(Path.Combine(site, "content", "en", "_language.yaml")));
        Assert.Contains("default_language: en\n", File.ReadAllText(Path.Combine(site, "content", "_site.yaml")));
        Assert.Contains("\n# ", File.ReadAllText(Path.Combine(site, "content", "_site.yaml")));
        var gitignore = File.ReadAllLines(Path.Combine(site, ".gitignore"));
        Assert.Contains("/output/", gitignore);
        Assert.Contains("/.output.*", gitignore);
        var readme = File.ReadAllText(Path.Combine(site, "README.md"));
        foreach (var command in new[] { "leaflet add", "leaflet build", "leaflet serve", "_language.yaml", "output/" }) Assert.Contains(command, readme);
    }

    [Fact]
    public void The_example_leaflet_is_dated_by_SOURCE_DATE_EPOCH_and_the_new_site_builds_pages_and_PDFs_with_no_warning()
    {
        using var temp = new TempFolder();
        var site = temp.Combine("clinic");
        Assert.Equal(0, New(site).Exit);

        var leaflet = File.ReadAllText(Path.Combine(site, "content", "en", "looking-after-your-skin-in-the-sun.md"));
        Assert.Contains("\npublished: 2026-12-04\nlast_reviewed: 2026-12-04\nnext_review: 2027-12-04\n", leaflet);
        var built = BuiltSite.Build(Path.Combine(site, "content"), Path.Combine(site, "templates"), Path.Combine(site, "output"),
            sourceDate: DateTimeOffset.FromUnixTimeSeconds(long.Parse(Epoch))).AssertPublished();
        Assert.True(built.Result.Warnings == 0, built.Printed);
        Assert.True(built.Exists("en/looking-after-your-skin-in-the-sun/index.html"));
        Assert.True(built.Exists("en/looking-after-your-skin-in-the-sun/looking-after-your-skin-in-the-sun-en.pdf"));
    }

    [Fact]
    public void Languages_named_with_languages_get_this_repositorys_interface_strings_and_the_first_is_the_default()
    {
        using var temp = new TempFolder();
        var site = temp.Combine("clinic");

        var run = New(site, "--languages", "ru,en");

        Assert.True(run.Exit == 0, run.Error);
        foreach (var code in new[] { "en", "ru" })
            Assert.Equal(File.ReadAllText(Path.Combine(Repository.Content, code, "_language.yaml")), File.ReadAllText(Path.Combine(site, "content", code, "_language.yaml")));
        Assert.Contains("default_language: ru\n", File.ReadAllText(Path.Combine(site, "content", "_site.yaml")));
        var built = BuiltSite.Build(Path.Combine(site, "content"), Path.Combine(site, "templates"), Path.Combine(site, "output"), noPdf: true).AssertPublished();
        Assert.Equal(2, built.Result.Languages);
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        using var temp = new TempFolder();
        var notes = temp.Write("clinic/notes.txt", "keep me\n");

        var run = New(temp.Combine("clinic"));

        Assert.Equal(1, run.Exit);
        Assert.Matches(@"clinic: error LF1035: the folder is not empty; leaflet new writes a site only into a new or empty folder", run.Error);
        Assert.Equal(["notes.txt"], Files(temp.Combine("clinic")));
        Assert.Equal("keep me\n", File.ReadAllText(notes));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_file_in_place_of_the_folder_is_refused()
    {
        using var temp = new TempFolder();
        temp.Write("clinic", "a file\n");

        var run = New(temp.Combine("clinic"));

        Assert.Equal(1, run.Exit);
        Assert.Contains("error LF1035: this is a file", run.Error);
    }

    [Fact]
    public void A_language_without_built_in_strings_or_not_a_language_code_is_refused_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var site = temp.Combine("clinic");

        var run = New(site, "--languages", "en,zz,Russian");

        Assert.Equal(1, run.Exit);
        Assert.Contains("leaflet: error LF1038: there are no built-in interface strings for 'zz' (built in: ", run.Error);
        Assert.Contains("add content/zz/_language.yaml yourself", run.Error);
        Assert.Contains("leaflet: error LF1038: 'Russian' is not a language code", run.Error);
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public void New_without_a_folder_is_wrong_usage()
    {
        var run = New();

        Assert.Equal(Usage.ExitCode, run.Exit);
        Assert.Contains("error LF9001: leaflet new needs one folder", run.Error);
    }

    public static TheoryData<string> BuiltInLanguages()
    {
        var data = new TheoryData<string>();
        foreach (var code in Leaflet.Scaffold.BuiltInLanguages.Codes) data.Add(code);
        return data;
    }

    [Theory]
    [MemberData(nameof(BuiltInLanguages))]
    public void Every_built_in_language_starts_a_site_that_builds_with_the_fonts_its_file_names(string code)
    {
        using var temp = new TempFolder();
        var site = temp.Combine("clinic");

        var run = New(site, "--languages", code);

        Assert.True(run.Exit == 0, run.Error);
        var built = BuiltSite.Build(Path.Combine(site, "content"), Path.Combine(site, "templates"), Path.Combine(site, "output"),
            sourceDate: DateTimeOffset.FromUnixTimeSeconds(long.Parse(Epoch))).AssertPublished();
        Assert.True(built.Result.Errors == 0, built.Printed);
        var languageFile = File.ReadAllText(Path.Combine(Repository.Content, code, "_language.yaml"));
        foreach (var font in Leaflet.Scaffold.LanguageFontFiles.For(languageFile))
            Assert.Equal(File.ReadAllBytes(Path.Combine([Repository.Content, .. font.Split('/')])), File.ReadAllBytes(Path.Combine([site, "content", .. font.Split('/')])));
    }
}
