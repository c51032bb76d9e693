using Markdig;

namespace Leaflet.Content;

/// <summary>
/// The one Markdig pipeline every stage parses and renders with, built once and shared:
/// a MarkdownPipeline is immutable and thread-safe once built.
/// </summary>
public static class LeafletMarkdown
{
    /// <summary>
    /// Callouts are custom containers (<c>::: callout</c>). Front matter is cut off before parsing;
    /// heading ids are given by <see cref="HeadingIds"/> after it.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseCustomContainers()
        .UsePreciseSourceLocation()
        .Build();

    public const string CalloutInfo = "callout";
}
