namespace Leaflet.Tests.Hosting;

/// <summary>The configuration the nginx tests serve is the hosting page's own, changed only where it listens and what it serves.</summary>
public sealed class NginxConfigurationTests
{
    [Fact]
    public void The_hosting_page_holds_one_nginx_block_with_the_lines_the_tests_change()
    {
        var server = NginxConfiguration.FromHostingPage();
        var served = NginxConfiguration.Served(server, 8123, "/tmp/site");
        Assert.Contains("listen 127.0.0.1:8123;", served, StringComparison.Ordinal);
        Assert.Contains("root /tmp/site;", served, StringComparison.Ordinal);
        Assert.DoesNotContain("listen [::]", served, StringComparison.Ordinal);
        Assert.Equal(
            server.Replace(NginxConfiguration.Listen, "", StringComparison.Ordinal).Replace(NginxConfiguration.ListenIPv6, "", StringComparison.Ordinal)
                .Replace(NginxConfiguration.Root, "", StringComparison.Ordinal),
            served.Replace("listen 127.0.0.1:8123;", "", StringComparison.Ordinal).Replace("root /tmp/site;", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("server {\n    listen 8080;\n    listen [::]:80;\n    root /var/www/leaflets/output;\n}")]
    [InlineData("server {\n    listen 80;\n    listen [::]:80;\n    root /var/www/other;\n}")]
    [InlineData("server {\n    listen 80;\n    listen 80;\n    listen [::]:80;\n    root /var/www/leaflets/output;\n}")]
    public void A_block_that_no_longer_has_a_line_the_tests_change_is_refused(string server)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => NginxConfiguration.Served(server, 8123, "/tmp/site"));
        Assert.Contains("docs/hosting.md", refused.Message, StringComparison.Ordinal);
    }
}
