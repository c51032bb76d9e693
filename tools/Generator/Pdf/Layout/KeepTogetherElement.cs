namespace Leaflet.Pdf.Layout;

/// <summary>Moves its content to the next page rather than split it, unless it is taller than a page.</summary>
public sealed class KeepTogetherElement(IElement content) : IElement
{
    public double SpaceBefore => content.SpaceBefore;
    public double SpaceAfter => content.SpaceAfter;
    public bool KeepWithNext => content.KeepWithNext;

    public SpacePlan Measure(Space space, Cursor at)
    {
        var plan = content.Measure(space, at);
        return plan.Kind == PlanKind.Partial && at.IsStart && !space.AtPageTop
            ? SpacePlan.Wrap("kept together")
            : plan;
    }

    public void Draw(ICanvas canvas, Point origin, Space space, Cursor at)
    {
        if (Measure(space, at).Kind != PlanKind.Wrap) content.Draw(canvas, origin, space, at);
    }
}
