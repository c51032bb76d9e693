namespace Leaflet.Pdf;

/// <summary>The PDF stage's diagnostic codes; the project README has an example of each.</summary>
public static class PdfCodes
{
    public const string MissingGlyph = "LF4001";
    public const string PictureNotFound = "LF4002";
    public const string PictureFormat = "LF4003";
    public const string Unsupported = "LF4004";
    public const string PictureWithoutText = "LF4005";
}
