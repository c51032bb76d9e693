using Leaflet.Diagnostics;

namespace Leaflet.Content;

/// <summary>
/// A file the build reads from content/ or templates/ must really be there once every symbolic link
/// on its way is followed. A link committed into the sources could otherwise publish any file the
/// building machine can read (a key, a password file) as a page, a picture or an asset.
/// </summary>
public static class ContainedFile
{
    /// <param name="folderName">How the folder is named to the user: "content" or "templates".</param>
    /// <returns>True when the file may be read; otherwise false, with the error added.</returns>
    public static bool Check(string path, string folder, string folderName, DiagnosticCode code, DiagnosticBag diagnostics)
    {
        if (RealPath.IsInside(path, folder)) return true;
        diagnostics.Add(Diagnostic.Of(code, DisplayPath.Of(path), 0, 0,
            $"this is a symbolic link to '{RealPath.Of(path)}', outside {folderName}/; copy the file into {folderName}/ instead"));
        return false;
    }
}
