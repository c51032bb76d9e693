using System.Globalization;
using Leaflet.Corpus;

// corpus --leaflets N --out DIR [--content DIR]: N leaflets in each language of the content folder.
string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
if (!int.TryParse(Value("--leaflets"), NumberStyles.None, CultureInfo.InvariantCulture, out var leaflets) || leaflets < 1 || Value("--out") is not { } target)
{
    Console.Error.WriteLine("usage: corpus --leaflets N --out DIR [--content DIR]");
    return 2;
}
CorpusWriter.Write(Value("--content") ?? "content", target, leaflets);
Console.WriteLine($"{leaflets} leaflets in each language written to {target}");
return 0;
