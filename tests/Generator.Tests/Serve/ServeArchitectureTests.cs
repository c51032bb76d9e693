using System.Reflection;
using System.Runtime.CompilerServices;
using Leaflet.Serve;
using Leaflet.Tests.Architecture;

namespace Leaflet.Tests.Serve;

/// <summary>Serve keeps the engine's ground rules: no static mutable state, and printing only in the command layer.</summary>
public sealed class ServeArchitectureTests
{
    private static readonly Type[] ServeTypes = typeof(LiveBuilder).Assembly.GetTypes()
        .Where(type => type.Namespace == typeof(LiveBuilder).Namespace && type.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
        .ToArray();

    [Fact]
    public void No_static_field_can_change()
    {
        Assert.NotEmpty(ServeTypes);
        var mutable = ServeTypes
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsLiteral && !field.IsInitOnly)
            .Select(field => $"{field.DeclaringType!.Name}.{field.Name}");
        Assert.Empty(mutable);
    }

    [Fact]
    public void The_serve_engine_does_not_print()
    {
        var files = SourceFiles.UnderTools().Where(f => f.Contains("/Serve/", StringComparison.Ordinal) && f.EndsWith(".cs", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        Assert.DoesNotContain(files, f => CSharpSource.Parse(SourceFiles.Read(f)).CodeText.Contains("Console", StringComparison.Ordinal));
    }
}
