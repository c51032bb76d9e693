using QRCoder;

namespace Leaflet.Pdf.Model;

/// <summary>The dark and light modules of a URL's QR code, without the quiet zone.</summary>
public static class QrMatrix
{
    private const int QuietZone = 4;

    public static bool[,] For(Uri url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var size = rows.Count - 2 * QuietZone;
        var modules = new bool[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
                modules[row, column] = rows[row + QuietZone][column + QuietZone];
        }
        return modules;
    }
}
