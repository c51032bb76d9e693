namespace Leaflet.Links;

/// <summary>
/// The LF3xxx codes. They are stable: editors, CI filters and the README refer to them,
/// so a retired code is never reused. The project README shows an example of each.
/// </summary>
public static class LinkCodes
{
    public const string FragmentMissing = "LF3001";
    public const string TargetMissing = "LF3002";
    public const string WrongCase = "LF3003";
    public const string FolderWithoutIndex = "LF3004";
    public const string EscapesRoot = "LF3005";
    public const string MalformedUrl = "LF3006";
    public const string ScriptLink = "LF3007";
    public const string MalformedMailto = "LF3008";
    public const string MalformedTel = "LF3009";
    public const string AlternateNotReciprocal = "LF3010";
    public const string MissingDefaultAlternate = "LF3011";
    public const string ExternalBroken = "LF3012";
    public const string ExternalRedirected = "LF3013";
    public const string ExternalUnverified = "LF3014";
    public const string ImageWithoutAlt = "LF3015";
    public const string DuplicateId = "LF3016";
    public const string CrossLanguageLink = "LF3017";
    public const string PageUnreadable = "LF3018";
}
