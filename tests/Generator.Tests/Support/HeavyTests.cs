namespace Leaflet.Tests.Support;

/// <summary>
/// The tests that keep both cores busy for many seconds (the fuzzer, the real program's builds and
/// interruptions) run one after another, not against each other: on a shared 2-core machine their
/// timings, and the fuzzer's per-case limit, would otherwise measure each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HeavyTests
{
    public const string Name = "Heavy tests, one at a time";
}
