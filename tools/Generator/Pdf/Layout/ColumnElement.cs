namespace Leaflet.Pdf.Layout;

/// <summary>
/// Children stacked top to bottom with the larger of the neighbours' spacing between them
/// (none at the top of a page). The cursor is the child to resume and that child's cursor.
/// Keeps a heading with what follows it: if nothing of the next block fits after the
/// heading, the heading moves to the next page too.
/// </summary>
public sealed class ColumnElement(IReadOnlyList<IElement> children) : IElement
{
    public IReadOnlyList<IElement> Children => children;
    /// <summary>Replaces the first child's wish for room above the column.</summary>
    public double? Before { get; init; }
    public double SpaceBefore => Before ?? (children.Count > 0 ? children[0].SpaceBefore : 0);
    public double SpaceAfter => children.Count > 0 ? children[^1].SpaceAfter : 0;

    public SpacePlan Measure(Space space, Cursor at) => Arrange(space, at).Plan;

    public void Draw(ICanvas canvas, Point origin, Space space, Cursor at)
    {
        foreach (var (child, childAt, top) in Arrange(space, at).Placements)
        {
            var childSpace = new Space(space.Width, space.Height - top, space.AtPageTop && top == 0);
            child.Draw(canvas, origin with { Y = origin.Y + top }, childSpace, childAt);
        }
    }

    private readonly record struct Placement(IElement Child, Cursor At, double Top);

    private (SpacePlan Plan, List<Placement> Placements) Arrange(Space space, Cursor at)
    {
        var placements = new List<Placement>();
        double used = 0;
        for (var i = at.Index; i < children.Count; i++)
        {
            var child = children[i];
            var childAt = i == at.Index ? at.InnerOrStart : Cursor.Start;
            var gap = used == 0 ? 0 : Math.Max(children[i - 1].SpaceAfter, child.SpaceBefore);
            var childSpace = new Space(space.Width, space.Height - used - gap, space.AtPageTop && used + gap == 0);
            var plan = child.Measure(childSpace, childAt);
            if (plan.Kind == PlanKind.Wrap)
                return placements.Count == 0 ? (plan, placements) : (Stop(used, i, childAt, plan.Reason), placements);
            if (plan.Kind == PlanKind.Full && child.KeepWithNext && i + 1 < children.Count && !childSpace.AtPageTop)
            {
                var next = children[i + 1];
                var nextSpace = childSpace.Shrink(0, plan.Height + Math.Max(child.SpaceAfter, next.SpaceBefore));
                if (next.Measure(nextSpace with { AtPageTop = false }, Cursor.Start).Kind == PlanKind.Wrap)
                {
                    const string reason = "a heading never ends a page";
                    return placements.Count == 0
                        ? (SpacePlan.Wrap(reason), placements)
                        : (Stop(used, i, childAt, reason), placements);
                }
            }
            placements.Add(new Placement(child, childAt, used + gap));
            used += gap + plan.Height;
            if (plan.Kind == PlanKind.Partial)
                return (SpacePlan.Partial(used, new Cursor(i, plan.Next), plan.Reason), placements);
        }
        return (SpacePlan.Full(used), placements);
    }

    private static SpacePlan Stop(double used, int child, Cursor childAt, string reason) =>
        SpacePlan.Partial(used, new Cursor(child, childAt.IsStart ? null : childAt), reason);
}
