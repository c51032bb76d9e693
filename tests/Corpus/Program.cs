using System.Globalization;
using Leaflet.Corpus;

// corpus --leaflets N --out DIR [--content DIR] [--bilingual]: N leaflets in each language of the content folder;
// with --bilingual the site configuration keeps its bilingual pairs, so each leaflet also gets its two-language PDFs.
string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
if (!int.TryParse(Value("--leaflets"), NumberStyles.None, CultureInfo.InvariantCulture, out var leaflets) || leaflets < 1 || Value("--out") is not { } target)
{
    Console.Error.WriteLine("usage: corpus --leaflets N --out DIR [--content DIR] [--bilingual]");
    return 2;
}
CorpusWriter.Write(Value("--content") ?? "content", target, leaflets, bilingual: args.Contains("--bilingual"));
Console.WriteLine($"{leaflets} leaflets in each language written to {target}");
return 0;
