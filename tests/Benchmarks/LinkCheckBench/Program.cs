using System.Diagnostics;
using System.Globalization;
using Leaflet.Benchmarks;
using Leaflet.Cli;
using Leaflet.Links;

// generate DIR [SLUGS]  writes a site of SLUGS leaflets in two language folders (default 1,000)
// check DIR [ARGS...]   runs `leaflet check DIR ARGS...` once in this process
// rates DIR             checks DIR five times in one process and prints the best rates
switch (args)
{
    case ["generate", var folder, ..]:
        var slugs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
        var (pages, bytes) = new SiteGenerator(slugs).Write(folder);
        Console.WriteLine($"{pages} pages, {bytes / 1024.0 / 1024.0:0.0} MB of HTML in {folder}");
        return 0;
    case ["check", _, ..]:
        // One run, as `leaflet check` would do it; time the whole process from outside too.
        var code = CheckCommand.Run(args[1..], Console.Out, Console.Error);
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "process start to end of check: {0:0.000} s", sinceStart.TotalSeconds));
        return code;
    case ["rates", var folder, ..]:
        // Several runs in one process: the best shows the checker's rate once the JIT is done.
        var runs = Enumerable.Range(0, 5).Select(_ => new LinkChecker(new LinkCheckOptions()).Check(folder)).ToList();
        foreach (var run in runs) Console.WriteLine(CheckCommand.Summary(run));
        var best = runs.MinBy(run => run.Elapsed)!;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "best {0:0.000} s: {1:0} pages/s, {2:0} links/s",
            best.Elapsed.TotalSeconds, best.Pages / best.Elapsed.TotalSeconds, best.Links / best.Elapsed.TotalSeconds));
        return 0;
    default:
        Console.Error.WriteLine("usage: LinkCheckBench generate DIR [SLUGS] | check DIR [--base-url URL] [--strict] | rates DIR");
        return 2;
}
