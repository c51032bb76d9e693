using System.Globalization;
using Leaflet.ServeLatency;

// ServeLatency leaflet --leaflet DLL --content DIR --templates DIR [--no-pdf] [--runs N]
// ServeLatency hugo-site --content DIR --out DIR
// ServeLatency hugo --site DIR [--runs N]
// Times a one-sentence edit of an article from the file write to the server's reload message.
string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var runs = int.Parse(Value("--runs") ?? "9", CultureInfo.InvariantCulture);
switch (args.FirstOrDefault())
{
    case "leaflet":
        var serve = new LeafletServer(Value("--leaflet")!, Value("--content")!, Value("--templates")!, args.Contains("--no-pdf"));
        await Report(serve, Value("--content")!, runs);
        return 0;
    case "hugo-site":
        HugoSite.Write(Value("--content")!, Value("--out")!);
        Console.WriteLine($"Hugo site written to {Value("--out")}");
        return 0;
    case "hugo":
        var hugo = new HugoServer(Value("--site")!);
        await Report(hugo, Path.Combine(Value("--site")!, "content"), runs);
        return 0;
    default:
        Console.Error.WriteLine("usage: ServeLatency leaflet|hugo-site|hugo ... (see Program.cs)");
        return 2;
}

static async Task Report(IReloadingServer server, string content, int runs)
{
    await using (server)
    {
        var ready = await server.Start();
        Console.WriteLine($"{server.Name}: serving after {ready.TotalSeconds:0.0} s");
        var edits = new Edits(content);
        var times = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var file = edits.Pick(i);
            var elapsed = await server.TimeReload(() => edits.Change(file, i));
            // The first edit pays for just-in-time compilation of the rebuild path; it is shown, not counted.
            Console.WriteLine($"  edit {i} of {Path.GetFileName(file)}: {elapsed.TotalMilliseconds:0} ms{(i == 0 ? " (warm-up, not counted)" : "")}");
            if (i > 0) times.Add(elapsed.TotalMilliseconds);
            await Task.Delay(500);
        }
        times.Sort();
        Console.WriteLine($"{server.Name}: median {times[times.Count / 2]:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms over {times.Count} edits");
        edits.Restore();
    }
}
