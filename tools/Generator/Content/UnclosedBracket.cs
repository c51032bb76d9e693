namespace Leaflet.Content;

/// <summary>
/// Where a YAML text opens a flow collection ('[' or '{') that it never closes: the outermost such
/// bracket, 1-based. Brackets inside quoted scalars and comments do not count.
/// </summary>
public static class UnclosedBracket
{
    public readonly record struct Position(int Line, int Column, char Bracket);

    public static Position? Find(string text)
    {
        var open = new Stack<Position>();
        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l];
            var quote = '\0';
            for (var c = 0; c < line.Length; c++)
            {
                var ch = line[c];
                if (quote != '\0')
                {
                    if (quote == '"' && ch == '\\') c++;
                    else if (ch == quote) quote = '\0';
                    continue;
                }
                switch (ch)
                {
                    case '"' or '\'': quote = ch; break;
                    case '#' when c == 0 || char.IsWhiteSpace(line[c - 1]): c = line.Length; break;
                    case '[' or '{': open.Push(new Position(l + 1, c + 1, ch)); break;
                    case ']' or '}' when open.Count > 0: open.Pop(); break;
                }
            }
        }
        return open.Count == 0 ? null : open.Last();
    }
}
