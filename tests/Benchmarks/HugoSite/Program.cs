using Leaflet.Benchmarks.Hugo;

// hugo-site --content DIR --templates DIR --out DIR: the same leaflets as a multilingual Hugo site.
string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
if (Value("--content") is not { } content || Value("--out") is not { } target)
{
    Console.Error.WriteLine("usage: hugo-site --content DIR --out DIR [--templates DIR]");
    return 2;
}
var written = HugoSiteWriter.Write(content, Value("--templates") ?? "templates", target);
Console.WriteLine($"{written} articles written as a Hugo site to {target}");
return 0;
