namespace Leaflet.Cli;

/// <summary>The parsed command line of <c>leaflet check</c>, or why it could not be parsed.</summary>
internal sealed record CheckArguments(string Directory, Uri? BaseUrl, bool External, bool Strict)
{
    public const string Usage = "usage: leaflet check DIR [--base-url URL] [--external] [--strict]";

    public static CheckArguments? Parse(IReadOnlyList<string> args, out string? problem)
    {
        string? directory = null;
        Uri? baseUrl = null;
        bool external = false, strict = false;
        problem = null;
        for (var i = 0; i < args.Count && problem is null; i++)
        {
            switch (args[i])
            {
                case "--external": external = true; break;
                case "--strict": strict = true; break;
                case "--base-url" when i + 1 >= args.Count:
                    problem = "--base-url needs a URL";
                    break;
                case "--base-url":
                    baseUrl = ParseBaseUrl(args[++i], out problem);
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    problem = $"unknown option '{option}'";
                    break;
                case var value when directory is null:
                    directory = value;
                    break;
                case var value:
                    problem = $"unexpected argument '{value}'";
                    break;
            }
        }
        if (problem is null && directory is null) problem = "no folder to check";
        if (problem is null && !System.IO.Directory.Exists(directory)) problem = $"'{directory}' is not a folder";
        return problem is null ? new CheckArguments(directory!, baseUrl, external, strict) : null;
    }

    private static Uri? ParseBaseUrl(string value, out string? problem)
    {
        problem = null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Host.Length > 0)
            return url;
        problem = $"--base-url '{value}' is not an absolute http(s) URL";
        return null;
    }
}
