using Leaflet.Pipeline;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Output;

/// <summary>
/// Issue 8: "the earlier output/ is byte-for-byte as it was" after every kind of failure, not only a
/// content or template error (<see cref="AtomicOutputTests"/>): a broken link, a PDF that cannot be
/// drawn, an exception inside any stage or inside a PDF worker, and a file the system will not write.
/// </summary>
public sealed class FailureAtomicityTests
{
    private static EarlierOutput Earlier() => EarlierOutput.Of(SiteWorkspace.FromFixture("basic"));

    [Fact]
    public void A_broken_link_fails_the_build_in_the_check_stage_and_leaves_the_output_as_it_was()
    {
        using var earlier = Earlier();
        var workspace = earlier.Workspace;
        workspace.WriteContent("en/sun-safety.md", workspace.ReadContent("en/sun-safety.md") + "\nSee [the missing part](#no-such-section).\n");

        var site = workspace.Build(noPdf: true);

        Assert.False(site.Result.Published);
        Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF3001");
        earlier.AssertUntouched();
    }

    [Fact]
    public void A_character_the_pdf_fonts_cannot_draw_fails_the_build_and_leaves_the_output_as_it_was()
    {
        using var earlier = Earlier();
        var workspace = earlier.Workspace;
        workspace.WriteContent("en/sun-safety.md", workspace.ReadContent("en/sun-safety.md").Replace("title: Sun safety", "title: Sun safety 漢"));

        var site = workspace.Build();

        Assert.False(site.Result.Published);
        Assert.Contains(site.Result.Diagnostics, d => d.Code == "LF4001");
        earlier.AssertUntouched();
    }

    [Theory]
    [InlineData(BuildStage.Content)]
    [InlineData(BuildStage.Validation)]
    [InlineData(BuildStage.Pdf)]
    [InlineData(BuildStage.Html)]
    [InlineData(BuildStage.Check)]
    [InlineData(BuildStage.Publish)]
    public void An_exception_inside_any_stage_reaches_the_caller_as_a_bug_and_leaves_the_output_as_it_was(BuildStage failing)
    {
        using var earlier = Earlier();
        var hooks = new BuildHooks { StageStarting = stage => { if (stage == failing) throw new InvalidOperationException($"a bug in {stage}"); } };

        var thrown = Assert.Throws<InvalidOperationException>(() => earlier.Workspace.Build(hooks: hooks));

        Assert.Equal($"a bug in {failing}", thrown.Message);
        earlier.AssertUntouched();
    }

    [Fact]
    public void An_exception_inside_a_pdf_worker_reaches_the_caller_and_leaves_the_output_as_it_was()
    {
        using var earlier = Earlier();
        var pdfs = 0;
        var hooks = new BuildHooks
        {
            FileWriting = path =>
            {
                if (path.EndsWith(".pdf", StringComparison.Ordinal) && Interlocked.Increment(ref pdfs) == 2)
                    throw new InvalidOperationException("a bug while drawing a PDF");
            },
        };

        var thrown = Assert.ThrowsAny<Exception>(() => earlier.Workspace.Build(hooks: hooks));

        var bug = thrown is AggregateException aggregate ? aggregate.Flatten().InnerExceptions.Single() : thrown;
        Assert.Equal("a bug while drawing a PDF", bug.Message);
        earlier.AssertUntouched();
    }

    [Theory]
    [InlineData(".pdf")]
    [InlineData(".html")]
    [InlineData(".xml")]
    public void A_file_the_system_will_not_write_is_LF9007_with_the_systems_words_and_leaves_the_output_as_it_was(string kind)
    {
        using var earlier = Earlier();
        var hooks = new BuildHooks
        {
            FileWriting = path =>
            {
                if (path.EndsWith(kind, StringComparison.Ordinal)) throw new IOException($"No space left on device : '{path}'");
            },
        };

        var site = earlier.Workspace.Build(hooks: hooks);

        Assert.False(site.Result.Published);
        var failure = Assert.Single(site.Result.Diagnostics, d => d.Severity == Leaflet.Diagnostics.Severity.Error);
        Assert.Equal("LF9007", failure.Code);
        Assert.Contains("No space left on device", failure.Message);
        earlier.AssertUntouched();
    }
}
