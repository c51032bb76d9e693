using Leaflet.Tests.Support;

namespace Leaflet.Tests.Validation;

/// <summary>
/// Issue 7, interface strings: the keys the templates use (t.key) are found in their syntax trees
/// before any page is rendered. A key missing in a language is LF5003 at the template's line and
/// column, naming the language file; an unused key is LF5004; a key built at run time is LF5005;
/// a typo in a template is LF5001 at its line and column.
/// </summary>
public sealed class TemplateStringsTests
{
    private static string Template(SiteWorkspace workspace, string name) => Path.Combine(workspace.TemplatesRoot, name);

    /// <summary>Replaces one exact piece of a template in the workspace's copy of templates/.</summary>
    private static string ChangeTemplate(SiteWorkspace workspace, string name, string before, string after)
    {
        var path = Template(workspace, name);
        var text = File.ReadAllText(path);
        Assert.True(text.Contains(before, StringComparison.Ordinal), $"'{before}' is not in {name}");
        var changed = text.Replace(before, after, StringComparison.Ordinal);
        File.WriteAllText(path, changed);
        return changed;
    }

    [Fact]
    public void The_real_templates_and_language_files_agree_on_every_key()
    {
        using var workspace = RealContentCopy.Create(copyTemplates: true);
        var site = workspace.BuildSafely().AssertPublished();
        foreach (var code in new[] { "LF5001", "LF5003", "LF5004", "LF5005" })
            Assert.Empty(site.PrintedWith(code));
    }

    [Fact]
    public void A_key_no_language_has_is_LF5003_at_the_template_line_for_each_language_file()
    {
        using var workspace = RealContentCopy.Create(copyTemplates: true);
        var text = ChangeTemplate(workspace, "leaflet.html", "<footer class=\"leaflet-dates\">", "<footer class=\"leaflet-dates\">{{ t.some_missing_key }}");

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(text, "t.some_missing_key");
        var errors = site.PrintedWith("LF5003").Select(Printed.Parse).ToList();
        var languages = ContentInfo.Read(workspace.ContentRoot).Languages;
        Assert.Equal(languages.Count, errors.Count);
        Assert.All(errors, e =>
        {
            Assert.Equal("error", e.Severity);
            Assert.EndsWith("templates/leaflet.html", e.Path);
            Assert.Equal((line, column), (e.Line, e.Column));
            Assert.Contains("'some_missing_key'", e.Message);
        });
        foreach (var language in languages)
            Assert.Single(errors, e => e.Message.Contains($"content/{language.Code}/_language.yaml ({language.Name})", StringComparison.Ordinal));
        Assert.False(site.Result.Published);
        Assert.False(Directory.Exists(workspace.OutputRoot));
    }

    [Fact]
    public void A_key_one_language_lacks_is_LF5003_naming_that_language_and_the_line_that_uses_it()
    {
        using var workspace = RealContentCopy.Create(copyTemplates: true);
        workspace.Change("ru/_language.yaml", "  contents: Содержание\n", "");
        var template = File.ReadAllText(Template(workspace, "leaflet.html"));

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(template, "t.contents");
        var printed = Printed.Single(site.Result.Diagnostics, "LF5003", "error", "templates/leaflet.html", line, column);
        Assert.Contains("'contents'", printed.Message);
        Assert.Contains("content/ru/_language.yaml (Русский)", printed.Message);
        Assert.False(site.Result.Published);
    }

    [Fact]
    public void A_key_no_template_uses_is_an_LF5004_warning_naming_the_language_file()
    {
        using var workspace = RealContentCopy.Create();
        workspace.Change("en/_language.yaml", "  kilobytes: KB\n", "  kilobytes: KB\n  opening_hours: Open from 8 to 18\n");

        var site = workspace.BuildSafely().AssertPublished();

        var printed = Printed.Parse(Assert.Single(site.PrintedWith("LF5004")));
        Assert.Equal("warning", printed.Severity);
        Assert.EndsWith("content/en/_language.yaml", printed.Path);
        Assert.Contains("'opening_hours'", printed.Message);
    }

    [Theory]
    [InlineData("{{ t[\"contents\"] }}", "t[\"contents\"]")]
    [InlineData("{{ name = \"contents\"; t[name] }}", "t[name]")]
    public void A_key_built_at_run_time_is_LF5005_at_its_place(string use, string at)
    {
        using var workspace = RealContentCopy.Create(copyTemplates: true);
        var text = ChangeTemplate(workspace, "leaflet.html", "<div class=\"leaflet-body\">", "<div class=\"leaflet-body\">" + use);

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(text, at);
        var printed = Printed.Single(site.Result.Diagnostics, "LF5005", "error", "templates/leaflet.html", line, column);
        Assert.Contains("t.key", printed.Message);
        Assert.False(site.Result.Published);
    }

    [Fact]
    public void A_typo_in_a_member_name_is_LF5001_at_the_template_line_and_column()
    {
        using var workspace = RealContentCopy.Create(copyTemplates: true);
        var text = ChangeTemplate(workspace, "leaflet.html", "<h1>{{ article.title | html.escape }}</h1>", "<h1>{{ page.titel | html.escape }}</h1>");

        var site = workspace.BuildSafely();

        var (line, column) = TextPosition.Of(text, "page.titel");
        var error = Assert.Single(site.Result.Diagnostics, d => d.Code == "LF5001");
        var printed = Printed.Parse(error.ToString());
        Assert.Equal("error", printed.Severity);
        Assert.EndsWith("templates/leaflet.html", printed.Path);
        Assert.Equal(line, printed.Line);
        Assert.InRange(printed.Column, column, column + "page.titel".Length);
        Assert.Contains("titel", printed.Message);
        Assert.False(site.Result.Published);
        Assert.False(Directory.Exists(workspace.OutputRoot));
    }

    [Fact]
    public void A_template_that_does_not_parse_is_LF5001_at_its_line()
    {
        using var workspace = RealContentCopy.Create(copyTemplates: true);
        var text = ChangeTemplate(workspace, "language.html", "{{- end }}", "{{- end }}\n{{ if page.title }}<p>never closed</p>");

        var site = workspace.BuildSafely();

        var error = Assert.Single(site.Result.Diagnostics, d => d.Code == "LF5001");
        var printed = Printed.Parse(error.ToString());
        Assert.EndsWith("templates/language.html", printed.Path);
        Assert.InRange(printed.Line, TextPosition.Of(text, "{{ if page.title }}").Line, text.Split('\n').Length + 1);
        Assert.True(printed.Column >= 1);
        Assert.False(site.Result.Published);
    }
}
