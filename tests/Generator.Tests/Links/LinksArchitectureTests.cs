using System.Reflection;
using System.Runtime.CompilerServices;
using Leaflet.Links;

namespace Leaflet.Tests.Links;

/// <summary>The stage's ground rules, checked rather than hoped for.</summary>
public sealed class LinksArchitectureTests
{
    private static readonly Type[] StageTypes = typeof(LinkChecker).Assembly.GetTypes()
        .Where(type => type.Namespace == typeof(LinkChecker).Namespace && type.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
        .ToArray();

    [Fact]
    public void The_stage_has_no_static_mutable_fields()
    {
        var mutable = StageTypes
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsLiteral && !field.IsInitOnly && field.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Select(field => $"{field.DeclaringType!.Name}.{field.Name}");

        Assert.Empty(mutable);
    }

    [Fact]
    public void Only_the_command_writes_and_it_writes_to_the_writers_it_is_given()
    {
        var sources = Path.Combine(FixtureSites.SolutionFolder(), "tools", "Generator", "Links");
        var printing = Directory.EnumerateFiles(sources, "*.cs", SearchOption.AllDirectories)
            .Where(file => File.ReadAllText(file).Contains("Console.", StringComparison.Ordinal))
            .Select(Path.GetFileName);

        Assert.Empty(printing);
    }
}
