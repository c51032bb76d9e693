using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Text.RegularExpressions;
using Leaflet.Pipeline;
using Leaflet.Tests.Support;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Leaflet.Tests.Tool;

/// <summary>
/// Leaflet as a clinic gets it: <c>dotnet pack</c>, <c>dotnet tool install</c> from the package folder
/// into a tool path of its own, then the installed <c>leaflet</c> starts a site and builds it, native
/// HarfBuzz and the fonts included. Nothing here reaches the network.
/// </summary>
[Collection(HeavyTests.Name)]
public sealed partial class ToolPackageTests(PackedTool tool, ITestOutputHelper log) : IClassFixture<PackedTool>
{
    private static readonly string Version =
        typeof(SitePipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    [Fact]
    public void The_package_is_a_dotnet_tool_named_leaflet_with_the_templates_built_in_and_the_fonts_and_native_HarfBuzz_beside_it()
    {
        Assert.True(tool.Package is not null, tool.Pack.Printed);
        Assert.Equal($"{PackedTool.PackageId}.{Version}.nupkg", Path.GetFileName(tool.Package));
        using var package = ZipFile.OpenRead(tool.Package);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var settings = package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!;
        using (var reader = new StreamReader(settings.Open())) Assert.Contains("<Command Name=\"leaflet\" EntryPoint=\"leaflet.dll\"", reader.ReadToEnd());
        Assert.Contains("tools/net10.0/any/runtimes/linux-x64/native/libHarfBuzzSharp.so", entries);
        Assert.Contains("tools/net10.0/any/Pdf/Fonts/NotoSans-Regular.ttf", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("tools/net10.0/any/templates/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("/native/", StringComparison.Ordinal) && e.EndsWith(".pdb", StringComparison.Ordinal));
        Assert.All(package.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.UtcDateTime));
    }

    [Fact]
    public void The_installed_leaflet_starts_a_new_site_and_builds_its_pages_and_PDFs_offline()
    {
        Assert.True(tool.Package is not null, tool.Pack.Printed);
        var toolPath = tool.Temp.Combine("tools");
        var clock = Stopwatch.StartNew();
        var install = DotnetCli.Dotnet(tool.Temp.Path, "tool", "install", "--tool-path", toolPath, "--configfile", tool.NuGetConfig,
            "--version", Version, PackedTool.PackageId);
        var installTime = clock.Elapsed;
        Assert.True(install.Exit == 0, install.Printed);
        var leaflet = Path.Combine(toolPath, "leaflet");

        var version = DotnetCli.Execute(leaflet, tool.Temp.Path, "--version");
        Assert.Equal(Version + "\n", version.Output);

        var created = DotnetCli.Execute(leaflet, tool.Temp.Path, "new", "clinic");
        Assert.True(created.Exit == 0, created.Printed);
        var site = tool.Temp.Combine("clinic");
        Assert.False(Directory.Exists(Path.Combine(site, "templates")));

        var build = DotnetCli.Execute(leaflet, site, "build");
        Assert.True(build.Exit == 0, build.Printed);
        Assert.Matches(@"^Built .*, 0 errors, 0 warnings in ", build.Output);
        Assert.Equal("", build.Error);

        var output = Path.Combine(site, "output");
        foreach (var page in new[] { "index.html", "404.html", "assets/site.css", "en/index.html", "en/looking-after-your-skin-in-the-sun/index.html" })
            Assert.True(File.Exists(Path.Combine(output, page)), $"{page} is missing");
        var pdfs = Directory.GetFiles(output, "*.pdf", SearchOption.AllDirectories);
        Assert.Equal(2, pdfs.Length);
        foreach (var pdf in pdfs)
        {
            using var document = PdfDocument.Open(pdf);
            var page = document.GetPage(1);
            Assert.Contains("sun", page.Text, StringComparison.Ordinal);
            // Shaped runs subset by hb-subset: the fonts of the PDF are Noto Sans subsets, so the native library ran.
            Assert.All(page.Letters, l => Assert.Matches(SubsetFont(), l.FontName));
        }
        log.WriteLine($"tool package {new FileInfo(tool.Package).Length} bytes; install {installTime.TotalSeconds:0.0} s; whole test {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void Packing_again_gives_the_same_bytes()
    {
        Assert.True(tool.Package is not null, tool.Pack.Printed);
        var again = tool.Temp.Combine("again");
        var configuration = typeof(PackedTool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

        var pack = DotnetCli.Dotnet(Repository.Root, "pack", Path.Combine("tools", "Generator"), "--no-build", "--no-restore",
            "--configuration", configuration, "--output", again, "-nodeReuse:false");

        Assert.True(pack.Exit == 0, pack.Printed);
        Assert.Equal(File.ReadAllBytes(tool.Package), File.ReadAllBytes(Path.Combine(again, Path.GetFileName(tool.Package))));
    }

    [GeneratedRegex(@"^[A-Z]{6}\+NotoSans-")]
    private static partial Regex SubsetFont();
}
