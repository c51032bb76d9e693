using System.Diagnostics;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Links;
using Leaflet.Output;

namespace Leaflet.Pipeline;

/// <remarks>
/// <c>build</c>: every stage in order, into a staging folder that replaces output/ only when the build is clean.
/// It prints nothing: the command line decides what the user sees. Whatever goes wrong, output/ is replaced
/// only by a clean build: a mistake in the content is a diagnostic, a file the system cannot read or write
/// (a full disk) is LF9007, and any other exception is a bug, which goes to the caller after the staging
/// folder has been cleared.
/// </remarks>
public sealed partial class SitePipeline
{
    public static BuildResult Build(BuildOptions options, CancellationToken cancel = default) =>
        new SitePipeline(options.Pipeline).Run(options, cancel);

    private BuildResult Run(BuildOptions build, CancellationToken cancel)
    {
        var outputRoot = build.OutputRoot;
        var clock = Stopwatch.StartNew();
        var timings = new StageTimings();
        var diagnostics = new DiagnosticBag();
        var guard = OutputGuard.Check(outputRoot, [options.ContentRoot, options.TemplatesRoot]);
        if (guard is not null)
        {
            diagnostics.Add(guard);
            return Result(diagnostics, null, 0, clock, published: false);
        }

        var location = new OutputLocation(outputRoot);
        var publisher = new AtomicPublisher(location);
        var progress = build.Progress;
        Site? site = null;
        OutputLock? held = null;
        try
        {
            // Held until the build has published or given up: no other build recovers, stages or swaps meanwhile.
            held = OutputLock.Take(location, build.WaitForOtherBuild, pid => progress?.WaitingForOtherBuild(pid), cancel, out var holder);
            if (held is null)
            {
                diagnostics.Add(Diagnostic.Of(DiagnosticCodes.OutputBusy, DisplayPath.Of(outputRoot), 0, 0,
                    $"another build ({(holder is { } pid ? $"pid {pid}" : "pid unknown")}) is writing {DisplayPath.Of(outputRoot)}/; " +
                    "nothing was built: build again once it has finished, or without --no-wait to wait for it"));
                return Result(diagnostics, null, 0, clock, published: false);
            }
            timings.End("lock");
            publisher.Recover();
            timings.End("recover");
            var now = build.SourceDate ?? DateTimeOffset.UtcNow;
            Reach(BuildStage.Content, build, cancel);
            progress?.StageStarted("reading", 0);
            var templates = LoadTemplates(diagnostics);
            timings.End("templates");
            site = Load(templates, diagnostics, cancel);
            timings.End("load");
            Reach(BuildStage.Validation, build, cancel);
            progress?.StageStarted("validating", 0);
            if (site is not null && templates is not null)
                Validate(site, templates, DateOnly.FromDateTime(now.UtcDateTime), diagnostics, cancel);
            timings.End("validate");
            if (site is null || templates is null || Stops(diagnostics, build))
                return Result(diagnostics, site, 0, clock, published: false, timings);

            var staging = new StagingFolder(publisher.BeginStaging(), Path.GetFullPath(outputRoot), now, build.Hooks?.FileWriting);
            var pages = Stage(site, templates, staging, now, diagnostics, build, timings, cancel);
            if (Stops(diagnostics, build))
            {
                publisher.Discard();
                return Result(diagnostics, site, pages, clock, published: false, timings);
            }
            if (build.SourceDate is { } date) staging.Stamp(date);
            Reach(BuildStage.Publish, build, cancel);
            progress?.StageStarted("publishing", 0);
            publisher.Publish();
            timings.End("publish");
            return Result(diagnostics, site, pages, clock, published: true, timings);
        }
        catch (Exception e) when (FileSystemFailure.Describe(e, outputRoot) is { } failure)
        {
            if (held is not null) publisher.Discard();
            diagnostics.Add(failure);
            return Result(diagnostics, site, 0, clock, published: false);
        }
        catch
        {
            if (held is not null) publisher.Discard();
            throw;
        }
        finally
        {
            held?.Dispose();
        }
    }

    /// <summary>Renders the whole site into the staging folder and checks what was written.</summary>
    /// <returns>The number of HTML pages written.</returns>
    private int Stage(Site site, Html.TemplateSet templates, StagingFolder staging, DateTimeOffset now, DiagnosticBag diagnostics,
        BuildOptions build, StageTimings timings, CancellationToken cancel)
    {
        using var scanned = new RenderedPages();
        using var render = BeginRender(site, templates, staging, now, scanned);
        CopyFiles(render, diagnostics);
        // The PDF and HTML stages run interleaved, a leaflet at a time, so both are reached before rendering starts.
        Reach(BuildStage.Pdf, build, cancel);
        Reach(BuildStage.Html, build, cancel);
        build.Progress?.StageStarted("rendering leaflets", render.Site.Leaflets.Count);
        var output = Render(render, RenderScope.Everything with { Files = false }, cancel, build.Progress);
        diagnostics.AddRange(output.AllDiagnostics);
        // The staging folder held the site before last: the check must see this build's files only.
        staging.RemoveWhatThisBuildDidNotWrite();
        timings.End("render");
        foreach (var part in render.WorkerTimings) timings.Add(part);
        Reach(BuildStage.Check, build, cancel);
        build.Progress?.StageStarted("checking links", 0);
        // A page that failed to render would only add broken links to the errors already reported.
        if (!diagnostics.HasErrors) Check(render, staging.Root, output.Pdfs, scanned, diagnostics, cancel);
        timings.End("check");
        return output.Pages.Count(p => p.Written);
    }

    /// <summary>Between stages an interruption is honoured at once, and a test may step in.</summary>
    private static void Reach(BuildStage stage, BuildOptions options, CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        options.Hooks?.StageStarting?.Invoke(stage);
    }

    private static bool Stops(DiagnosticBag diagnostics, BuildOptions options) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.ToSortedList().Count > 0);

    private BuildResult Result(DiagnosticBag diagnostics, Site? site, int pages, Stopwatch clock, bool published, StageTimings? timings = null) =>
        new(diagnostics.ToSortedList(), site?.Languages.Count ?? 0, site is null ? 0 : Published(site).Leaflets.Count, pages, clock.Elapsed, published)
        {
            Timings = timings?.ToList() ?? [],
            Drafts = site?.Drafts.Count() ?? 0,
            DraftsIncluded = options.Drafts,
        };
}
