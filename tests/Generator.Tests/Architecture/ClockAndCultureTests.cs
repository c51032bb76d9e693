using System.Text.RegularExpressions;

namespace Leaflet.Tests.Architecture;

/// <summary>
/// Issue 8: nothing in the output may depend on the clock or the user's culture. The build asks the
/// clock in one place (the pipeline's build, unless SOURCE_DATE_EPOCH answers) and passes the moment on; the
/// external link cache has its own injectable clock. Nothing else may read the time, so a date the
/// content did not give cannot slip into a page or a PDF.
/// </summary>
public sealed partial class ClockAndCultureTests
{
    private static readonly IReadOnlySet<string> AskTheClock = new HashSet<string>(StringComparer.Ordinal)
    {
        "tools/Generator/Pipeline/SitePipeline.Build.cs",
        // `serve` previews the content as of now and never writes output/; its watcher waits on the clock.
        "tools/Generator/Serve/LiveBuilder.cs",
        "tools/Generator/Serve/LiveModel.cs",
        "tools/Generator/Serve/ContentWatcher.cs",
        // The default of the injectable clock that ages cached answers of `check --external`; never in a build.
        "tools/Generator/Links/LinkCheckOptions.cs",
        // The dates `new` and `add` write into a new leaflet's front matter, unless SOURCE_DATE_EPOCH gives them; never in a build.
        "tools/Generator/Cli/ScaffoldDate.cs",
        // Spaces the redraws of the progress line on a terminal; nothing it reads reaches a file.
        "tools/Generator/Cli/ConsoleProgress.cs",
    };

    [Fact]
    public void Only_the_build_itself_reads_the_clock()
    {
        var offenders = SourceFiles.UnderTools()
            .Where(f => !AskTheClock.Contains(f))
            .Where(f => Clock().IsMatch(CSharpSource.Parse(SourceFiles.Read(f)).CodeText))
            .ToList();
        Assert.True(offenders.Count == 0, $"files that read the clock: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void The_clock_check_sees_the_one_place_that_reads_it()
    {
        Assert.All(AskTheClock, f => Assert.Matches(Clock(), CSharpSource.Parse(SourceFiles.Read(f)).CodeText));
    }

    [Fact]
    public void The_program_sets_the_invariant_culture_before_anything_else_runs()
    {
        var program = CSharpSource.Parse(SourceFiles.Read("tools/Generator/Program.cs")).CodeText;
        var culture = program.IndexOf("CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture", StringComparison.Ordinal);
        Assert.True(culture >= 0, "Program.cs does not set the invariant culture");
        Assert.True(culture < program.IndexOf("Commands.Run", StringComparison.Ordinal), "the culture is set after the commands run");
        Assert.Contains("CultureInfo.CurrentCulture = CultureInfo.InvariantCulture", program);
    }

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\s*\.\s*(Now|UtcNow|Today)\b|\bTimeProvider\s*\.\s*System\b|\bEnvironment\s*\.\s*TickCount")]
    private static partial Regex Clock();
}
