using System.Text;
using Leaflet.Serve;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Serve;

/// <summary>
/// Serve builds into memory exactly what `build` writes, and after each change holds what a build
/// from scratch would, while doing only the work the change calls for.
/// </summary>
public sealed class LiveBuilderTests
{
    private const string Article = "content/en/first-aid-for-burns.md";

    [Fact]
    public void The_first_build_in_memory_is_byte_for_byte_the_build_output_with_pdfs()
    {
        using var live = new LiveSite(SiteWorkspace.FromFixture("basic"), noPdf: false);
        var built = live.Workspace.Build().AssertPublished();

        Assert.True(live.First.Published, string.Join("\n", live.First.Diagnostics));
        // The marker that lets a later build replace the folder belongs to output/ on disk, not to the site.
        var files = built.Files.Where(f => f != Leaflet.Output.OutputMarker.FileName).ToList();
        Assert.Equal(files, live.Builder.Current.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var file in files)
            Assert.True(built.Bytes(file).AsSpan().SequenceEqual(live.Builder.Current.Files[file]), $"{file} differs from the build's");
        Assert.Equal(built.Result.Diagnostics, live.First.Diagnostics);
    }

    [Fact]
    public void Serve_writes_nothing_to_the_output_folder()
    {
        using var live = new LiveSite(SiteWorkspace.FromFixture("basic"));
        live.Workspace.WriteContent("en/sun-safety.md", live.Workspace.ReadContent("en/sun-safety.md").Replace("shade", "the shade"));
        live.Changed("content/en/sun-safety.md");

        Assert.False(Directory.Exists(live.Workspace.OutputRoot));
        Assert.DoesNotContain(Directory.EnumerateDirectories(live.Workspace.Temp.Path), d => Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public void Changing_a_sentence_renders_that_leaflets_pages_only_and_matches_a_build_from_scratch()
    {
        using var live = new LiveSite(SiteWorkspace.FromFixture("basic"), noPdf: false);
        var text = live.Workspace.ReadContent("en/first-aid-for-burns.md");
        var sentence = text.Split('\n').First(l => l.Length > 40 && !l.Contains(':') && !l.StartsWith('#'));
        live.Workspace.WriteContent("en/first-aid-for-burns.md", text.Replace(sentence, sentence + " A sentence added while serving."));

        var report = live.Changed(Article);

        Assert.True(report.Published, string.Join("\n", report.Diagnostics));
        Assert.False(report.Everything);
        Assert.Equal(2, report.PagesRendered); // the English page and its Russian translation
        Assert.Equal(2, report.PdfsMade); // the English standard and large-print PDFs; the Russian ones did not change
        Assert.Contains("en/first-aid-for-burns/index.html", report.Changed);
        Assert.DoesNotContain(report.Changed, p => p.StartsWith("en/sun-safety/", StringComparison.Ordinal));
        Assert.Contains("A sentence added while serving.", live.Text("en/first-aid-for-burns/index.html"));
        live.AssertSameAsFromScratch(report);
    }

    [Fact]
    public void A_new_title_renders_the_language_index_and_a_new_review_date_the_sitemap()
    {
        using var live = new LiveSite(SiteWorkspace.FromFixture("basic"));
        var text = live.Workspace.ReadContent("en/sun-safety.md");
        var title = Field(text, "title");
        live.Workspace.WriteContent("en/sun-safety.md", text.Replace($"title: {title}", "title: Safe in the sun"));

        var report = live.Changed("content/en/sun-safety.md");

        Assert.Contains("en/index.html", report.Changed);
        Assert.DoesNotContain("sitemap.xml", report.Changed);
        live.AssertSameAsFromScratch(report);

        var reviewed = Field(text, "last_reviewed");
        live.Workspace.WriteContent("en/sun-safety.md", live.Workspace.ReadContent("en/sun-safety.md").Replace($"last_reviewed: {reviewed}", "last_reviewed: 2026-11-25"));
        report = live.Changed("content/en/sun-safety.md");
        Assert.Contains("sitemap.xml", report.Changed);
        Assert.DoesNotContain("en/index.html", report.Changed);
        live.AssertSameAsFromScratch(report);
    }

    [Fact]
    public void Adding_and_deleting_a_translation_updates_switchers_alternates_indexes_and_warnings()
    {
        using var live = new LiveSite(SiteWorkspace.FromFixture("basic"));
        live.Workspace.WriteContent("ru/sun-safety.md", Leaflets.Text("## Тень\n\nВ полдень держитесь в тени.\n", "Солнце"));

        var added = live.Changed("content/ru/sun-safety.md");
        Assert.True(added.Published, string.Join("\n", added.Diagnostics));
        Assert.Contains("ru/sun-safety/index.html", added.Changed);
        Assert.Contains("en/sun-safety/index.html", added.Changed); // its switcher now offers the translation
        Assert.Contains("ru/index.html", added.Changed);
        live.AssertSameAsFromScratch(added);

        live.Workspace.DeleteContent("ru/sun-safety.md");
        var deleted = live.Changed("content/ru/sun-safety.md");
        Assert.Contains("ru/sun-safety/index.html", deleted.Changed);
        Assert.False(live.Builder.Current.Files.ContainsKey("ru/sun-safety/index.html"));
        live.AssertSameAsFromScratch(deleted);
    }

    [Fact]
    public void A_template_change_renders_the_pages_that_use_it_and_the_layout_renders_all()
    {
        using var live = new LiveSite(SiteWorkspace.FromFixture("basic", copyTemplates: true));
        var language = Path.Combine(live.Workspace.TemplatesRoot, "language.html");
        File.AppendAllText(language, "<p>listed</p>\n");
        var report = live.Builder.Build(new ChangeClassifier(live.Options.ContentRoot, live.Options.TemplatesRoot).Classify([language], live.Builder.Site));
        Assert.Equal(live.Builder.Site!.Languages.Count, report.PagesRendered);
        Assert.All(report.Changed, p => Assert.EndsWith("/index.html", p));
        live.AssertSameAsFromScratch(report);

        var layout = Path.Combine(live.Workspace.TemplatesRoot, "layout.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</footer>", "<p>every page</p>\n</footer>"));
        report = live.Builder.Build(new ChangeClassifier(live.Options.ContentRoot, live.Options.TemplatesRoot).Classify([layout], live.Builder.Site));
        Assert.Equal(live.First.PagesRendered, report.PagesRendered);
        live.AssertSameAsFromScratch(report);
    }

    [Fact]
    public void A_language_file_change_renders_that_languages_pages()
    {
        using var live = new LiveSite(SiteWorkspace.FromFixture("basic"));
        var text = live.Workspace.ReadContent("ru/_language.yaml");
        var contents = text.Split('\n').First(l => l.TrimStart().StartsWith("contents:", StringComparison.Ordinal));
        live.Workspace.WriteContent("ru/_language.yaml", text.Replace(contents, contents.TrimEnd() + "!"));

        var report = live.Changed("content/ru/_language.yaml");

        Assert.True(report.Published, string.Join("\n", report.Diagnostics));
        Assert.All(report.Changed, p => Assert.StartsWith("ru/", p));
        Assert.NotEmpty(report.Changed);
        live.AssertSameAsFromScratch(report);
    }

    [Fact]
    public void A_build_error_keeps_the_last_good_site_and_its_fix_publishes_again()
    {
        using var live = new LiveSite(SiteWorkspace.FromFixture("basic"));
        var good = live.Builder.Current;
        var text = live.Workspace.ReadContent("en/sun-safety.md");
        live.Workspace.WriteContent("en/sun-safety.md", text + "\n<div>raw HTML</div>\n");

        var broken = live.Changed("content/en/sun-safety.md");

        Assert.False(broken.Published);
        Assert.Contains(broken.Diagnostics, d => d.Code == "LF1008");
        Assert.Same(good.Files, live.Builder.Current.Files);
        Assert.Contains(live.Builder.Current.Problems, d => d.Code == "LF1008");
        live.AssertSameAsFromScratch(broken);

        live.Workspace.WriteContent("en/sun-safety.md", text);
        var fixedReport = live.Changed("content/en/sun-safety.md");
        Assert.True(fixedReport.Published);
        Assert.Empty(live.Builder.Current.Problems);
        Assert.Equal(good.Number + 1, live.Builder.Current.Number);
        live.AssertSameAsFromScratch(fixedReport);
    }

    [Fact]
    public void A_broken_site_configuration_is_read_again_whole_once_fixed()
    {
        using var live = new LiveSite(SiteWorkspace.FromFixture("basic"));
        var configuration = live.Workspace.ReadContent("_site.yaml");
        live.Workspace.WriteContent("_site.yaml", "base_url: nowhere\n");
        Assert.False(live.Changed("content/_site.yaml").Published);

        live.Workspace.WriteContent("_site.yaml", configuration);
        live.Workspace.WriteContent("en/sun-safety.md", live.Workspace.ReadContent("en/sun-safety.md") + "\nOne more line.\n");
        var report = live.Changed("content/en/sun-safety.md");

        Assert.True(report.Everything);
        live.AssertSameAsFromScratch(report);
        Assert.Contains("One more line.", Encoding.UTF8.GetString(live.Builder.Current.Files["en/sun-safety/index.html"]));
    }

    private static string Field(string text, string key) =>
        text.Split('\n').First(l => l.StartsWith(key + ": ", StringComparison.Ordinal))[(key.Length + 2)..];
}
