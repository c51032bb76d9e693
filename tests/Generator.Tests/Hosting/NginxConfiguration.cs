using Leaflet.Tests.Docs;
using Leaflet.Tests.Support;
using Markdig.Syntax;

namespace Leaflet.Tests.Hosting;

/// <summary>
/// The nginx configuration docs/hosting.md gives, taken from the page itself so that what a reader copies
/// is what the tests serve: its one <c>```nginx</c> block, with only where it listens and the folder it
/// serves changed.
/// </summary>
public static class NginxConfiguration
{
    public const string Listen = "listen 80;";
    public const string ListenIPv6 = "listen [::]:80;";
    public const string Root = "root /var/www/leaflets/output;";

    public static string HostingPage => Path.Combine(Repository.Root, "docs", "hosting.md");

    /// <summary>The text of the page's one nginx block, as a reader copies it.</summary>
    public static string FromHostingPage()
    {
        var blocks = MarkdownLinks.Parse(File.ReadAllText(HostingPage)).Descendants<FencedCodeBlock>()
            .Where(b => b.Info == "nginx")
            .Select(b => string.Join("\n", b.Lines.Lines.Take(b.Lines.Count).Select(l => l.ToString())))
            .ToList();
        return blocks.Count == 1
            ? blocks[0]
            : throw new InvalidOperationException($"docs/hosting.md must hold exactly one ```nginx block; it holds {blocks.Count}");
    }

    /// <summary>
    /// The server block listening on 127.0.0.1:<paramref name="port"/> only, serving <paramref name="site"/>.
    /// Each line it changes must be in the block exactly once, or the page and this test have parted.
    /// </summary>
    public static string Served(string server, int port, string site) =>
        ReplaceOnce(ReplaceOnce(ReplaceOnce(server, Listen, $"listen 127.0.0.1:{port};"), ListenIPv6, ""), Root, $"root {site};");

    /// <summary>
    /// A whole configuration around the server block: one process in the foreground, run by the current
    /// user, with its pid, log and temporary files in <paramref name="folder"/>, nothing in /var.
    /// </summary>
    public static string Whole(string server, string folder) => $$"""
        daemon off;
        master_process off;
        pid {{folder}}/nginx.pid;
        error_log {{folder}}/error.log;
        events { worker_connections 64; }
        http {
            access_log off;
            client_body_temp_path {{folder}}/client_body;
            proxy_temp_path {{folder}}/proxy;
            fastcgi_temp_path {{folder}}/fastcgi;
            uwsgi_temp_path {{folder}}/uwsgi;
            scgi_temp_path {{folder}}/scgi;
        {{server}}
        }
        """;

    private static string ReplaceOnce(string text, string line, string replacement)
    {
        var first = text.IndexOf(line, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(line, first + line.Length, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException($"the nginx block of docs/hosting.md must hold '{line}' exactly once");
        return text[..first] + replacement + text[(first + line.Length)..];
    }
}
