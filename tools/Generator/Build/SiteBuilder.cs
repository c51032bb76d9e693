using System.Diagnostics;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Output;
using Leaflet.Validation;

namespace Leaflet.Build;

/// <summary>
/// Runs the stages in order: content, validation, PDF, HTML, link check, then the swap into output/. It prints
/// nothing: the command line decides what the user sees.
/// </summary>
/// <remarks>
/// Whatever goes wrong, output/ is replaced only by a clean build: a mistake in the content is a diagnostic, a
/// file the system cannot read or write (a full disk) is LF9007, and any other exception is a bug, which goes to
/// the caller after the staging folder has been cleared.
/// </remarks>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var timings = new StageTimings();
        var diagnostics = new DiagnosticBag();
        var guard = OutputGuard.Check(options.OutputRoot, [options.ContentRoot, options.TemplatesRoot]);
        if (guard is not null)
        {
            diagnostics.Add(guard);
            return Result(diagnostics, null, 0, clock, published: false);
        }

        var publisher = new AtomicPublisher(new OutputLocation(options.OutputRoot));
        Site? site = null;
        try
        {
            publisher.Recover();
            timings.End("recover");
            var now = options.SourceDate ?? DateTimeOffset.UtcNow;
            Reach(BuildStage.Content, options, cancel);
            var templates = TemplateSet.Load(options.TemplatesRoot, HtmlStage.Templates, diagnostics);
            timings.End("templates");
            site = SiteLoader.Load(options.ContentRoot, options.BaseUrl, templates?.ElementIds ?? new HashSet<string>(), diagnostics, cancel);
            timings.End("load");
            Reach(BuildStage.Validation, options, cancel);
            if (site is not null && templates is not null)
                SiteValidator.Validate(site, templates, options.ContentRoot, DateOnly.FromDateTime(now.UtcDateTime), diagnostics, cancel);
            timings.End("validate");
            if (site is null || templates is null || Stops(diagnostics, options))
                return Result(diagnostics, site, 0, clock, published: false, timings);

            var staging = new StagingFolder(publisher.BeginStaging(), Path.GetFullPath(options.OutputRoot), now, options.Hooks?.FileWriting);
            var pages = new StagedSite(site, templates, options, now).Write(staging, diagnostics, stage => Reach(stage, options, cancel), timings, cancel);
            if (Stops(diagnostics, options))
            {
                publisher.Discard();
                return Result(diagnostics, site, pages, clock, published: false, timings);
            }
            if (options.SourceDate is { } date) staging.Stamp(date);
            Reach(BuildStage.Publish, options, cancel);
            publisher.Publish();
            timings.End("publish");
            return Result(diagnostics, site, pages, clock, published: true, timings);
        }
        catch (Exception e) when (FileSystemFailure.Describe(e, options.OutputRoot) is { } failure)
        {
            publisher.Discard();
            diagnostics.Add(failure);
            return Result(diagnostics, site, 0, clock, published: false);
        }
        catch
        {
            publisher.Discard();
            throw;
        }
    }

    /// <summary>Between stages an interruption is honoured at once, and a test may step in.</summary>
    private static void Reach(BuildStage stage, BuildOptions options, CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        options.Hooks?.StageStarting?.Invoke(stage);
    }

    private static bool Stops(DiagnosticBag diagnostics, BuildOptions options) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.ToSortedList().Count > 0);

    private static BuildResult Result(DiagnosticBag diagnostics, Site? site, int pages, Stopwatch clock, bool published, StageTimings? timings = null) =>
        new(diagnostics.ToSortedList(), site?.Languages.Count ?? 0, site?.Leaflets.Count ?? 0, pages, clock.Elapsed, published)
        {
            Timings = timings?.ToList() ?? [],
        };
}
