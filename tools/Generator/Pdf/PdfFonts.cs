using System.Collections.Concurrent;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Pdf.Fonts;

namespace Leaflet.Pdf;

/// <summary>
/// Each language's font chains for one build: its files read once through the build's
/// <see cref="FontLibrary"/>, then the shipped Noto Sans. A file that cannot be used after
/// all (its tables do not parse) is left out of the chain with LF1024 at the line of
/// <c>_language.yaml</c> that names it, reported once. Thread-safe.
/// </summary>
public sealed class PdfFonts
{
    private readonly FontLibrary _library = new();
    private readonly ConcurrentDictionary<string, Lazy<(FontChains Chains, IReadOnlyList<Diagnostic> Problems)>> _languages = new(StringComparer.Ordinal);

    public FontChains For(Language language, DiagnosticBag diagnostics)
    {
        var created = false;
        var entry = _languages.GetOrAdd(language.Code, _ => new Lazy<(FontChains, IReadOnlyList<Diagnostic>)>(
            () =>
            {
                created = true;
                return Load(language.Fonts);
            },
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        if (created) diagnostics.AddRange(entry.Problems);
        return entry.Chains;
    }

    private (FontChains, IReadOnlyList<Diagnostic>) Load(LanguageFonts fonts)
    {
        if (fonts.Regular.Count == 0 && fonts.Bold.Count == 0) return (FontChains.Default, []);
        var problems = new List<Diagnostic>();
        var regular = Faces(fonts.Regular, problems);
        var bold = Faces(fonts.Bold, problems);
        return (FontChains.For(regular, bold, FontSet.Default), problems);
    }

    private List<FontFace> Faces(IReadOnlyList<FontFile> files, List<Diagnostic> problems)
    {
        var faces = new List<FontFace>();
        foreach (var file in files)
        {
            try
            {
                faces.Add(_library.Load(file.Path));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                problems.Add(Diagnostic.Of(DiagnosticCodes.FontUnusable, file.DeclaredIn, file.Line, file.Column,
                    $"the font '{Path.GetFileName(file.Path)}' cannot be used: {e.Message}"));
            }
        }
        return faces;
    }
}
