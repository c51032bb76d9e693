using System.Globalization;
using Leaflet.Content;
using Leaflet.Diagnostics;

namespace Leaflet.Validation;

/// <summary>A leaflet past its review date may give advice medicine has moved on from.</summary>
public static class ReviewDates
{
    public static Diagnostic? Check(Article article, DateOnly today)
    {
        var front = article.FrontMatter;
        if (front.NextReview is not { } next)
            return Diagnostic.Of(DiagnosticCodes.ReviewDateMissing, article.SourcePath, 1, 1,
                "the leaflet has no next_review date; add one so it is checked again in time");
        if (next < today)
            return Diagnostic.Of(DiagnosticCodes.ReviewOverdue, article.SourcePath, 1, 1,
                $"review overdue since {next.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: check the leaflet with a clinician, then update last_reviewed and next_review");
        if (next < front.LastReviewed)
            return Diagnostic.Of(DiagnosticCodes.ReviewBeforeLastReview, article.SourcePath, 1, 1, "next_review is before last_reviewed");
        return null;
    }
}
