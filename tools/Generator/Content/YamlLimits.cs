using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Leaflet.Content;

/// <summary>
/// Reads the YAML's events before YamlDotNet builds its tree from them, and refuses what would exhaust
/// the build. YamlDotNet builds the tree recursively, so brackets nested some thousands deep overflow
/// the stack and end the process; and an alias stands for a copy of its anchor's tree to anything
/// that walks or compares it, so a few lines of anchors naming anchors ("billion laughs") stand for
/// billions of values. The events come from YamlDotNet's parser, which keeps its state on the heap.
/// </summary>
public static class YamlLimits
{
    /// <summary>Far beyond a leaflet's front matter or language file, which nest two or three levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>Values once every alias is expanded; a language file has about a hundred.</summary>
    public const int MaxValues = 10_000;

    /// <returns>Why the YAML is refused and where, or null when it is within the limits.</returns>
    /// <param name="read">
    /// When the YAML is within the limits, its events again for YamlDotNet to build the tree from, so the
    /// text is read once (docs/decisions/0009-front-matter-yaml-read-once.md).
    /// </param>
    /// <exception cref="YamlException">The YAML does not parse; the caller reports it as it reports any.</exception>
    public static (string Reason, Mark Start)? Check(string text, out IParser read)
    {
        var parser = new Parser(new StringReader(text));
        var events = new List<ParsingEvent>();
        read = new RecordedEvents(events);
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(AnchorName Anchor, long Values)>();
        long values = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            events.Add(current);
            switch (current)
            {
                case NodeEvent { } start when start is MappingStart or SequenceStart:
                    if (open.Count == MaxDepth)
                        return ($"the YAML is nested more than {MaxDepth} levels deep", start.Start);
                    values++;
                    open.Push((start.Anchor, 1));
                    break;
                case MappingEnd or SequenceEnd:
                    var (anchor, size) = open.Pop();
                    Finish(anchor, size);
                    break;
                case Scalar scalar:
                    values++;
                    Finish(scalar.Anchor, 1);
                    break;
                case AnchorAlias alias:
                    var copied = anchors.GetValueOrDefault(alias.Value.Value, 1);
                    values += copied;
                    Finish(AnchorName.Empty, copied);
                    break;
            }
            if (values > MaxValues)
                return ($"the YAML stands for more than {MaxValues.ToString("N0", CultureInfo.InvariantCulture)} values once each alias (*name) is counted as a copy of its anchor (&name)", current.Start);
        }
        return null;

        // Each value counted once in the total is also counted in every collection around it, so no size exceeds the total.
        void Finish(AnchorName anchor, long size)
        {
            if (!anchor.IsEmpty) anchors[anchor.Value] = size;
            if (open.Count == 0) return;
            var (parentAnchor, parentSize) = open.Pop();
            open.Push((parentAnchor, parentSize + size));
        }
    }

    /// <summary>Plays back events already read, as a parser of the same text would give them.</summary>
    private sealed class RecordedEvents(List<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }
}
