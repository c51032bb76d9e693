using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Leaflet.Tests.Architecture;

/// <summary>One reference in a method's IL: the outermost type whose method holds it, and the type (and member) it names.</summary>
/// <param name="Member">The method or field named; empty when the IL names the type itself.</param>
/// <param name="IsMethod">The member is a method or constructor, which the IL calls (or takes as a delegate).</param>
public sealed record CompiledReference(string OwnerNamespace, string Owner, string Namespace, string Type, string Member, bool IsMethod);

/// <summary>
/// Every type and member the compiled methods of an assembly refer to, read opcode by opcode from the
/// IL, which no alias, <c>using static</c> or fully qualified name can hide from. Lambdas and iterators
/// count for the type they were written in.
/// </summary>
public static class CompiledReferences
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields()
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static IReadOnlyList<CompiledReference> Of(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var references = new List<CompiledReference>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            var outer = type;
            while (outer.GetDeclaringType() is { IsNil: false } declaring) outer = metadata.GetTypeDefinition(declaring);
            var (ownerNamespace, owner) = (metadata.GetString(outer.Namespace), metadata.GetString(outer.Name));
            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0) continue;
                var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!;
                foreach (var token in Tokens(il))
                    if (Describe(metadata, MetadataTokens.EntityHandle(token)) is var (ns, name, member, isMethod))
                        references.Add(new CompiledReference(ownerNamespace, owner, ns, name, member, isMethod));
            }
        }
        return references;
    }

    private static (string Namespace, string Type, string Member, bool IsMethod)? Describe(MetadataReader metadata, EntityHandle handle)
    {
        (EntityHandle Parent, string Member, bool IsMethod)? named = handle.Kind switch
        {
            HandleKind.TypeReference or HandleKind.TypeDefinition => (handle, "", false),
            HandleKind.MethodDefinition => metadata.GetMethodDefinition((MethodDefinitionHandle)handle) is var method
                ? (method.GetDeclaringType(), metadata.GetString(method.Name), true) : null,
            HandleKind.FieldDefinition => metadata.GetFieldDefinition((FieldDefinitionHandle)handle) is var field
                ? (field.GetDeclaringType(), metadata.GetString(field.Name), false) : null,
            HandleKind.MemberReference => metadata.GetMemberReference((MemberReferenceHandle)handle) is var member
                ? (member.Parent, metadata.GetString(member.Name), member.GetKind() == MemberReferenceKind.Method) : null,
            _ => null,
        };
        if (handle.Kind == HandleKind.MethodSpecification)
            return Describe(metadata, metadata.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
        if (named is not var (parent, name, isMethod)) return null;
        return TypeName(metadata, parent) is var (ns, type) ? (ns, type, name, isMethod) : null;
    }

    /// <summary>A type's namespace and name, nested types under their outermost type; null for generic instantiations and the like.</summary>
    private static (string Namespace, string Type)? TypeName(MetadataReader metadata, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
            {
                var type = metadata.GetTypeDefinition((TypeDefinitionHandle)handle);
                while (type.GetDeclaringType() is { IsNil: false } declaring) type = metadata.GetTypeDefinition(declaring);
                return (metadata.GetString(type.Namespace), metadata.GetString(type.Name));
            }
            case HandleKind.TypeReference:
            {
                var type = metadata.GetTypeReference((TypeReferenceHandle)handle);
                while (type.ResolutionScope.Kind == HandleKind.TypeReference) type = metadata.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
                return (metadata.GetString(type.Namespace), metadata.GetString(type.Name));
            }
            default:
                return null;
        }
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
}
