using System.Globalization;
using Leaflet.Links;

namespace Leaflet.Cli;

/// <summary>
/// <c>leaflet check DIR [--base-url URL] [--external] [--strict]</c>: the link checker on
/// any folder of static HTML. The only part of this stage that writes anything.
/// </summary>
public static class CheckCommand
{
    public const int Clean = 0;
    public const int ProblemsFound = 1;
    public const int WrongUsage = 2;

    /// <param name="args">The arguments after "check".</param>
    /// <returns>0 when no errors (with --strict, no warnings either), 1 when problems were found, 2 on wrong usage.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var arguments = CheckArguments.Parse(args, out var problem);
        if (arguments is null)
        {
            error.WriteLine($"leaflet check: {problem}");
            error.WriteLine(CheckArguments.Usage);
            return WrongUsage;
        }

        var options = new LinkCheckOptions { BaseUrl = arguments.BaseUrl, External = arguments.External };
        var report = new LinkChecker(options).Check(arguments.Directory);
        foreach (var diagnostic in report.Diagnostics) output.WriteLine(diagnostic);
        output.WriteLine(Summary(report));

        var failed = report.Errors > 0 || (arguments.Strict && report.Warnings > 0);
        return failed ? ProblemsFound : Clean;
    }

    public static string Summary(LinkCheckReport report) => string.Create(CultureInfo.InvariantCulture,
        $"{Counted.Of(report.Pages, "page")}, {Counted.Of(report.Links, "link")}, {Counted.Of(report.Errors, "error")}, {Counted.Of(report.Warnings, "warning")} in {report.Elapsed.TotalSeconds:0.00} s");
}
