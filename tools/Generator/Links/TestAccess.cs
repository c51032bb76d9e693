using System.Runtime.CompilerServices;

// The URL and srcset parsers are internal, but their edge cases deserve tests of their own.
[assembly: InternalsVisibleTo("Generator.Tests")]
