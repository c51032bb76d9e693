using Leaflet.Routing;

namespace Leaflet.Html;

public static class Robots
{
    public static string Write(Routes routes) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {routes.Absolute(routes.Sitemap).AbsoluteUri}\n";
}
