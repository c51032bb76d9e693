namespace Leaflet.Cli;

/// <summary>Options of the form --name value and --flag, with the positional arguments left over.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = new();

    public string? Error { get; private set; }

    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions)
    {
        var line = new CommandLine();
        for (var i = 0; i < args.Count && line.Error is null; i++)
        {
            var arg = args[i];
            if (valueOptions.Contains(arg))
            {
                if (i + 1 >= args.Count) line.Error = $"option '{arg}' needs a value";
                else line._values[arg] = args[++i];
            }
            else if (flagOptions.Contains(arg)) line._flags.Add(arg);
            else if (arg.StartsWith("--", StringComparison.Ordinal)) line.Error = $"unknown option '{arg}'";
            else line.Positional.Add(arg);
        }
        return line;
    }

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public bool Flag(string name) => _flags.Contains(name);
}
