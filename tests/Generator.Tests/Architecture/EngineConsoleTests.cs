using System.Text.RegularExpressions;
using Leaflet.Pipeline;

namespace Leaflet.Tests.Architecture;

/// <summary>
/// The engine returns results and diagnostics and prints nothing: only Program.cs and Cli/ may
/// touch System.Console. Checked twice, in the compiled IL (which no alias can hide from) and in
/// the source.
/// </summary>
public sealed partial class EngineConsoleTests
{
    private static bool IsCommandLayer(string @namespace, string type) =>
        @namespace == "Leaflet.Cli" || @namespace.StartsWith("Leaflet.Cli.", StringComparison.Ordinal) || (@namespace.Length == 0 && type == "Program");

    [Fact]
    public void No_method_outside_the_command_layer_calls_or_names_console()
    {
        var offenders = ConsoleUsers().Where(u => !IsCommandLayer(u.Namespace, u.Type)).Select(u => $"{u.Namespace}.{u.Type}").Distinct().ToList();
        Assert.True(offenders.Count == 0, $"the engine uses System.Console in: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void The_il_check_sees_the_console_where_the_command_line_uses_it()
    {
        // Program.cs writes the help text and the interrupted message; if the scan missed those, it would miss the rest.
        Assert.Contains(ConsoleUsers(), u => u.Namespace.Length == 0 && u.Type == "Program");
    }

    [Fact]
    public void No_engine_source_file_mentions_console_in_code()
    {
        var files = SourceFiles.UnderTools()
            .Where(f => !f.EndsWith("/Program.cs", StringComparison.Ordinal) && !f.Contains("/Cli/", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        var offenders = files.Where(f => ConsoleWord().IsMatch(CSharpSource.Parse(SourceFiles.Read(f)).CodeText)).ToList();
        Assert.True(offenders.Count == 0, $"engine files that mention Console: {string.Join(", ", offenders)}");
    }

    /// <summary>The outermost declaring type of every method whose IL refers to a member of System.Console, or the type itself.</summary>
    private static List<(string Namespace, string Type)> ConsoleUsers() =>
        CompiledReferences.Of(typeof(SitePipeline).Assembly.Location)
            .Where(r => r.Namespace == "System" && r.Type == "Console")
            .Select(r => (r.OwnerNamespace, r.Owner))
            .ToList();

    [GeneratedRegex(@"\bConsole\b")]
    private static partial Regex ConsoleWord();
}
