using System.Runtime.CompilerServices;

// The URL and srcset parsers are internal, but their edge cases deserve tests of their own.
[assembly: InternalsVisibleTo("Generator.Tests")]
// The micro benchmarks time the two page scanners side by side.
[assembly: InternalsVisibleTo("micro")]
