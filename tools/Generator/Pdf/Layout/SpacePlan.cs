namespace Leaflet.Pdf.Layout;

public enum PlanKind
{
    /// <summary>Everything from the cursor to the end fits.</summary>
    Full,
    /// <summary>A part fits; the rest continues on the next page from <see cref="SpacePlan.Next"/>.</summary>
    Partial,
    /// <summary>Nothing should be placed here; move to the next page.</summary>
    Wrap,
}

/// <summary>An element's answer to "how much of you fits in this space?", with the reason when not all of it does.</summary>
public readonly record struct SpacePlan(PlanKind Kind, double Height, Cursor? Next, string Reason)
{
    public static SpacePlan Full(double height) => new(PlanKind.Full, height, null, "");

    public static SpacePlan Partial(double height, Cursor next, string reason) => new(PlanKind.Partial, height, next, reason);

    public static SpacePlan Wrap(string reason) => new(PlanKind.Wrap, 0, null, reason);

    public override string ToString() => Kind switch
    {
        PlanKind.Full => $"Full {Height:0.##}",
        PlanKind.Partial => $"Partial {Height:0.##}, next {Next} ({Reason})",
        _ => $"Wrap ({Reason})",
    };
}
