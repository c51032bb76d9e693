using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
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
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields()
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

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
    private static List<(string Namespace, string Type)> ConsoleUsers()
    {
        using var stream = File.OpenRead(typeof(SitePipeline).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var users = new List<(string, string)>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            var outer = type;
            while (outer.GetDeclaringType() is { IsNil: false } declaring) outer = metadata.GetTypeDefinition(declaring);
            var owner = (metadata.GetString(outer.Namespace), metadata.GetString(outer.Name));
            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0) continue;
                var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!;
                if (Tokens(il).Any(token => IsConsole(metadata, MetadataTokens.EntityHandle(token)))) users.Add(owner);
            }
        }
        return users;
    }

    /// <summary>The metadata tokens the IL refers to (methods, fields, types), read opcode by opcode.</summary>
    private static IEnumerable<int> Tokens(byte[] il)
    {
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, at);
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + 4 * BitConverter.ToInt32(il, at);
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                default:
                    at += 4;
                    break;
            }
        }
    }

    private static bool IsConsole(MetadataReader metadata, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeReference => IsConsoleType(metadata, (TypeReferenceHandle)handle),
        HandleKind.MemberReference => metadata.GetMemberReference((MemberReferenceHandle)handle).Parent is var parent
            && parent.Kind == HandleKind.TypeReference && IsConsoleType(metadata, (TypeReferenceHandle)parent),
        HandleKind.MethodSpecification => IsConsole(metadata, metadata.GetMethodSpecification((MethodSpecificationHandle)handle).Method),
        _ => false,
    };

    private static bool IsConsoleType(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        return metadata.GetString(type.Namespace) == "System" && metadata.GetString(type.Name) == "Console";
    }

    [GeneratedRegex(@"\bConsole\b")]
    private static partial Regex ConsoleWord();
}
