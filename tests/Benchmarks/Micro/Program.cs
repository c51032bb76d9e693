using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project tests/Benchmarks/Micro [-- --filter '*Pdf*']
// One short job, in this process: a quick, repeatable look at each hot path, not a lab measurement.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
// Without arguments every benchmark runs, rather than a prompt asking which.
BenchmarkSwitcher.FromAssembly(typeof(Leaflet.Benchmarks.Micro.HotPaths).Assembly).Run(args.Length > 0 ? args : ["--filter", "*"], config);
