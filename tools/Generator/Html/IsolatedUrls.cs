using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Leaflet.Html;

/// <summary>
/// A web address in running text is set apart left to right (<c>&lt;span dir="ltr"&gt;</c>, which
/// HTML isolates), so that in a right-to-left sentence "www.who.int/news/" keeps its slash at the end
/// and the words around it keep their order; in a left-to-right sentence nothing visible changes.
/// The address ends before the punctuation of the sentence around it.
/// </summary>
public static partial class IsolatedUrls
{
    /// <summary>Replaces the renderers of plain text and of autolinks (&lt;https://…&gt;) with ones that isolate addresses.</summary>
    public static void Use(HtmlRenderer renderer)
    {
        renderer.ObjectRenderers.ReplaceOrAdd<LiteralInlineRenderer>(new Literals());
        renderer.ObjectRenderers.ReplaceOrAdd<AutolinkInlineRenderer>(new Autolinks());
    }

    private sealed class Literals : HtmlObjectRenderer<LiteralInline>
    {
        protected override void Write(HtmlRenderer renderer, LiteralInline literal)
        {
            // Text without an address is written from the source as Markdig's own renderer writes it, without a copy.
            if (!renderer.EnableHtmlForInline || !Address().IsMatch(literal.Content.AsSpan()))
            {
                if (renderer.EnableHtmlEscape) renderer.WriteEscape(ref literal.Content);
                else renderer.Write(ref literal.Content);
                return;
            }
            var text = literal.Content.ToString();
            var at = 0;
            foreach (Match address in Address().Matches(text))
            {
                renderer.WriteEscape(text[at..address.Index]);
                renderer.Write("<span dir=\"ltr\">").WriteEscape(address.Value).Write("</span>");
                at = address.Index + address.Length;
            }
            renderer.WriteEscape(text[at..]);
        }
    }

    private sealed class Autolinks : HtmlObjectRenderer<AutolinkInline>
    {
        private readonly AutolinkInlineRenderer _inner = new();

        protected override void Write(HtmlRenderer renderer, AutolinkInline link)
        {
            if (renderer.EnableHtmlForInline && !link.IsEmail) renderer.Write("<span dir=\"ltr\">");
            _inner.Write(renderer, link);
            if (renderer.EnableHtmlForInline && !link.IsEmail) renderer.Write("</span>");
        }
    }

    /// <summary>http://, https:// or www., up to a space, and not ending in a sentence's punctuation or closing bracket.</summary>
    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""]*[^\s<>"".,;:!?)\]}»،؛؟…'’”]", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
