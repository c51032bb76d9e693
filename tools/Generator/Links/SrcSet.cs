namespace Leaflet.Links;

/// <summary>
/// The URLs of a srcset, following the HTML standard's "parse a srcset attribute": a URL
/// runs to the next whitespace (so it may contain commas), trailing commas end a
/// candidate that has no descriptor, and descriptors may hold commas inside parentheses.
/// </summary>
internal static class SrcSet
{
    public static IReadOnlyList<string> Urls(string value)
    {
        var urls = new List<string>();
        var position = 0;
        while (true)
        {
            while (position < value.Length && (IsSpace(value[position]) || value[position] == ',')) position++;
            if (position >= value.Length) return urls;

            var start = position;
            while (position < value.Length && !IsSpace(value[position])) position++;
            var url = value[start..position];
            var endsCandidate = url.EndsWith(',');
            url = url.TrimEnd(',');
            if (url.Length > 0) urls.Add(url);
            if (!endsCandidate) position = SkipDescriptors(value, position);
        }
    }

    private static int SkipDescriptors(string value, int position)
    {
        var inParentheses = false;
        for (; position < value.Length; position++)
        {
            var c = value[position];
            if (c == '(') inParentheses = true;
            else if (c == ')') inParentheses = false;
            else if (c == ',' && !inParentheses) return position + 1;
        }
        return position;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
