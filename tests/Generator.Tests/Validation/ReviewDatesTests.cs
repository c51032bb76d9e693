using Leaflet.Content;
using Leaflet.Tests.Support;
using Leaflet.Validation;

namespace Leaflet.Tests.Validation;

/// <summary>
/// Issue 7, review dates: next_review in the past is LF1020 ("review overdue since …"), a leaflet
/// without one is LF1022. The day is passed in, so the tests do not depend on the clock.
/// </summary>
public sealed class ReviewDatesTests
{
    /// <summary>The real English leaflet (next_review 2027-11-24, last_reviewed 2026-11-24) with its front matter changed.</summary>
    private static Article English(Func<string, string>? change = null)
    {
        using var workspace = RealContentCopy.Create();
        if (change is not null) workspace.WriteContent(RealContentCopy.English, change(workspace.ReadContent(RealContentCopy.English)));
        var (site, diagnostics) = RealContentCopy.Load(workspace.ContentRoot);
        Assert.True(site is not null, string.Join("\n", diagnostics));
        return site.Leaflets.Single(l => l.Slug == RealContentCopy.Slug).In("en")!;
    }

    [Fact]
    public void A_review_date_still_to_come_gives_nothing()
    {
        Assert.Null(ReviewDates.Check(English(), new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public void A_review_due_today_is_not_yet_overdue()
    {
        Assert.Null(ReviewDates.Check(English(), new DateOnly(2027, 11, 24)));
    }

    [Fact]
    public void A_review_date_in_the_past_is_an_LF1020_warning_saying_since_when()
    {
        var article = English();

        var diagnostic = ReviewDates.Check(article, new DateOnly(2027, 11, 25));

        Assert.NotNull(diagnostic);
        var printed = Printed.Parse(diagnostic.ToString());
        Assert.Equal(("warning", "LF1020"), (printed.Severity, printed.Code));
        Assert.EndsWith("content/" + RealContentCopy.English, printed.Path);
        Assert.StartsWith("review overdue since 2027-11-24", printed.Message);
        Assert.Contains("next_review", printed.Message);
    }

    [Fact]
    public void A_leaflet_without_a_review_date_is_an_LF1022_warning()
    {
        var article = English(t => t.Replace("next_review: 2027-11-24\n", ""));

        var diagnostic = ReviewDates.Check(article, new DateOnly(2026, 11, 25));

        Assert.NotNull(diagnostic);
        var printed = Printed.Parse(diagnostic.ToString());
        Assert.Equal(("warning", "LF1022"), (printed.Severity, printed.Code));
        Assert.EndsWith("content/" + RealContentCopy.English, printed.Path);
        Assert.Contains("next_review", printed.Message);
    }

    [Fact]
    public void A_review_date_before_the_last_review_is_an_LF1021_warning()
    {
        var article = English(t => t.Replace("next_review: 2027-11-24", "next_review: 2026-11-01"));

        var diagnostic = ReviewDates.Check(article, new DateOnly(2026, 10, 1));

        Assert.NotNull(diagnostic);
        Assert.Equal("LF1021", diagnostic.Code);
    }

    [Fact]
    public void The_build_warns_about_an_overdue_leaflet_and_still_publishes_it()
    {
        using var workspace = RealContentCopy.Create();
        workspace.Change(RealContentCopy.Russian, "next_review: 2027-11-24", "next_review: 2020-01-31");

        var site = workspace.BuildSafely().AssertPublished();

        var printed = Printed.Parse(Assert.Single(site.PrintedWith("LF1020")));
        Assert.Equal("warning", printed.Severity);
        Assert.EndsWith("content/" + RealContentCopy.Russian, printed.Path);
        Assert.StartsWith("review overdue since 2020-01-31", printed.Message);
        Assert.True(site.Exists($"ru/{RealContentCopy.Slug}/index.html"));
    }

    [Fact]
    public void The_build_warns_about_a_leaflet_without_a_review_date_and_still_publishes_it()
    {
        using var workspace = RealContentCopy.Create();
        workspace.Change(RealContentCopy.Russian, "next_review: 2027-11-24\n", "");

        var site = workspace.BuildSafely().AssertPublished();

        var printed = Printed.Parse(Assert.Single(site.PrintedWith("LF1022")));
        Assert.EndsWith("content/" + RealContentCopy.Russian, printed.Path);
    }
}
