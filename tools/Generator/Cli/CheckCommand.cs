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

    public static string Summary(LinkCheckReport report) => string.Format(CultureInfo.InvariantCulture,
        "{0} {1}, {2} {3}, {4} {5}, {6} {7} in {8:0.00} s",
        report.Pages, Plural(report.Pages, "page"), report.Links, Plural(report.Links, "link"),
        report.Errors, Plural(report.Errors, "error"), report.Warnings, Plural(report.Warnings, "warning"),
        report.Elapsed.TotalSeconds);

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
