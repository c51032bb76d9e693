using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Leaflet.Content;

/// <summary>
/// The one Markdig pipeline every stage parses and renders with, built once and shared:
/// a MarkdownPipeline is immutable and thread-safe once built.
/// </summary>
public static class LeafletMarkdown
{
    /// <summary>
    /// GitHub-style identifiers keep non-Latin letters, so a Russian heading gets
    /// a readable id such as "лечение-новообразований". Callouts are custom
    /// containers (<c>::: callout</c>). Front matter is cut off before parsing.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseCustomContainers()
        .UsePreciseSourceLocation()
        .Build();

    public const string CalloutInfo = "callout";
}
