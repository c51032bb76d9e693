using Leaflet.Content;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Leaflet.Tests.Content;

/// <summary>GitHub-style heading ids that keep every script's letters and treat every Unicode space as a space.</summary>
public sealed class HeadingIdsTests
{
    [Theory]
    [InlineData("Лечение новообразований", "лечение-новообразований")]
    [InlineData("Красные точки у\u00A0детей", "красные-точки-у-детей")]
    [InlineData("Reasons for the appearance of neoplasms", "reasons-for-the-appearance-of-neoplasms")]
    [InlineData("What is it? (A question)", "what-is-it-a-question")]
    [InlineData("Salt & pepper", "salt--pepper")]
    [InlineData("Ёлки и\u202Fпалки", "ёлки-и-палки")]
    [InlineData("snake_case stays", "snake_case-stays")]
    public void A_heading_becomes_a_readable_id(string heading, string id) => Assert.Equal(id, HeadingIds.Slug(heading));

    [Fact]
    public void Repeated_headings_are_numbered_and_every_heading_gets_an_id()
    {
        var document = Markdig.Markdown.Parse("## Step\n\n## Step\n\n### Step\n\n## !!!\n", LeafletMarkdown.Pipeline);
        HeadingIds.Assign(document, new HashSet<string>());
        var ids = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).ToList();
        Assert.Equal(["step", "step-1", "step-2", "section"], ids);
    }

    [Fact]
    public void A_heading_does_not_take_an_id_the_page_already_has()
    {
        var document = Markdig.Markdown.Parse("## Main\n\n## Main\n", LeafletMarkdown.Pipeline);
        HeadingIds.Assign(document, new HashSet<string> { "main" });
        var ids = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).ToList();
        Assert.Equal(["main-1", "main-2"], ids);
    }
}
