using System.Reflection;
using Leaflet.Pipeline;

namespace Leaflet.Tests.Architecture;

/// <summary>
/// One type orders the stages: <c>serve</c> and the tests reach a stage only through
/// <see cref="SitePipeline"/>, so a change to the order is made in one place and the tests run the
/// pipeline <c>build</c> runs. And the stages do not know each other the wrong way round: the PDF
/// stage returns what it wrote and never sees the HTML stage that shows it. Read from the compiled code.
/// </summary>
public sealed class PipelineTests
{
    /// <summary>Each stage's entry point: a type whose every method is one, or the one method of a type that is.</summary>
    private static readonly IReadOnlyList<(string Namespace, string Type, string? Method)> EntryPoints =
    [
        ("Leaflet.Content", "SiteLoader", "Load"),
        ("Leaflet.Validation", "SiteValidator", null),
        ("Leaflet.Html", "TemplateSet", "Load"),
        ("Leaflet.Pdf", "PdfStage", null),
        ("Leaflet.Html", "HtmlStage", null),
        ("Leaflet.Links", "CheckStage", null),
    ];

    private static readonly Lazy<IReadOnlyList<CompiledReference>> Generator = new(() => CompiledReferences.Of(typeof(SitePipeline).Assembly.Location));

    private static readonly Lazy<IReadOnlyList<CompiledReference>> Tests = new(() => CompiledReferences.Of(typeof(PipelineTests).Assembly.Location));

    [Fact]
    public void Serve_reaches_the_stages_only_through_the_pipeline()
    {
        var offenders = StageCalls(Generator.Value).Where(r => In(r.OwnerNamespace, "Leaflet.Serve")).Select(Describe).Distinct().ToList();
        Assert.True(offenders.Count == 0, $"serve calls a stage directly: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void The_tests_reach_the_stages_only_through_the_pipeline()
    {
        var offenders = StageCalls(Tests.Value).Select(Describe).Distinct().ToList();
        Assert.True(offenders.Count == 0, $"tests call a stage directly: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void The_pipeline_calls_every_entry_point_the_rule_names()
    {
        // Proves the scan sees calls, and that the list still names real types and methods after a rename.
        var calls = StageCalls(Generator.Value).Where(r => In(r.OwnerNamespace, "Leaflet.Pipeline")).ToList();
        Assert.All(EntryPoints, entry => Assert.Contains(calls, r => r.Namespace == entry.Namespace && r.Type == entry.Type));
    }

    [Fact]
    public void The_pdf_stage_refers_to_nothing_of_the_html_stage()
    {
        var inCode = Generator.Value.Where(r => In(r.OwnerNamespace, "Leaflet.Pdf") && In(r.Namespace, "Leaflet.Html")).Select(Describe).Distinct();
        var inSignatures = Types("Leaflet.Pdf").SelectMany(t => Mentioned(t).Where(m => In(m.Namespace ?? "", "Leaflet.Html")).Select(m => $"{t.FullName} -> {m.FullName}"));
        var offenders = inCode.Concat(inSignatures).ToList();
        Assert.True(offenders.Count == 0, $"the PDF stage refers to the HTML stage: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void The_reference_scan_sees_the_html_stage_reading_what_the_pdf_stage_wrote()
    {
        Assert.Contains(Generator.Value, r => In(r.OwnerNamespace, "Leaflet.Html") && In(r.Namespace, "Leaflet.Pdf"));
        Assert.Contains(Types("Leaflet.Html").SelectMany(Mentioned), m => In(m.Namespace ?? "", "Leaflet.Pdf"));
    }

    private static IEnumerable<CompiledReference> StageCalls(IEnumerable<CompiledReference> references) =>
        references.Where(r => r.IsMethod && EntryPoints.Any(e => e.Namespace == r.Namespace && e.Type == r.Type && (e.Method is null || e.Method == r.Member)));

    private static string Describe(CompiledReference r) => $"{r.OwnerNamespace}.{r.Owner} -> {r.Namespace}.{r.Type}.{r.Member}";

    private static bool In(string @namespace, string root) =>
        @namespace == root || @namespace.StartsWith(root + ".", StringComparison.Ordinal);

    private static IEnumerable<Type> Types(string @namespace) =>
        typeof(SitePipeline).Assembly.GetTypes().Where(t => In(t.Namespace ?? "", @namespace));

    /// <summary>Every type a type's declarations name: base, interfaces, fields, properties, parameters and results, with their type arguments.</summary>
    private static IEnumerable<Type> Mentioned(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var named = new List<Type>();
        if (type.BaseType is { } baseType) named.Add(baseType);
        named.AddRange(type.GetInterfaces());
        named.AddRange(type.GetFields(all).Select(f => f.FieldType));
        named.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(all))
        {
            named.Add(method.ReturnType);
            named.AddRange(method.GetParameters().Select(p => p.ParameterType));
        }
        named.AddRange(type.GetConstructors(all).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType));
        return named.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType) return Unwrap(type.GetElementType()!);
        if (!type.IsGenericType) return [type];
        return type.GetGenericArguments().SelectMany(Unwrap).Prepend(type.GetGenericTypeDefinition());
    }
}
