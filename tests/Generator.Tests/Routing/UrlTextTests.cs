using Leaflet.Routing;

namespace Leaflet.Tests.Routing;

public sealed class UrlTextTests
{
    [Theory]
    [InlineData("лечение-новообразований", "лечение-новообразований")]
    [InlineData("a b", "a%20b")]
    [InlineData("50%", "50%25")]
    [InlineData("x#y", "x%23y")]
    [InlineData("\"<>`", "%22%3C%3E%60")]
    [InlineData("у\u00A0детей", "у%C2%A0детей")]
    public void A_fragment_keeps_its_letters_and_escapes_only_what_a_url_cannot_carry(string fragment, string escaped)
    {
        Assert.Equal(escaped, UrlText.EscapeFragment(fragment));
        Assert.Equal(fragment, Uri.UnescapeDataString(escaped));
    }
}
