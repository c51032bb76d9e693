using System.Diagnostics;

namespace Leaflet.Tests.Support;

/// <summary>
/// A small RAM file system mounted on a temporary folder, to make a disk fill up for real. Mounting
/// needs root (or CAP_SYS_ADMIN); where that is missing, tests that need it are skipped, saying why.
/// </summary>
public sealed class Tmpfs : IDisposable
{
    private static readonly Lazy<string?> Unavailability = new(Probe);

    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    /// <summary>Null when a tmpfs can be mounted here, otherwise why not.</summary>
    public static string? WhyUnavailable => Unavailability.Value;

    public static Tmpfs Mount(string folder, long bytes)
    {
        Directory.CreateDirectory(folder);
        var kilobytes = (bytes + 1023) / 1024;
        var (exit, error) = Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder);
        if (exit != 0) throw new InvalidOperationException($"mount failed: {error}");
        return new Tmpfs(folder);
    }

    public void Dispose() => Run("umount", Path);

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux()) return "a tmpfs is mounted only on Linux";
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "leaflet-tests", "tmpfs-probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (Mount(folder, 64 * 1024)) { }
            return null;
        }
        catch (Exception e)
        {
            return $"a tmpfs cannot be mounted here (it needs root or CAP_SYS_ADMIN): {e.Message.Trim()}";
        }
        finally
        {
            try { Directory.Delete(folder); } catch (IOException) { }
        }
    }

    private static (int Exit, string Error) Run(string program, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}

/// <summary>A fact that runs only where <see cref="Tmpfs"/> can mount, and is skipped with the reason elsewhere.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (Tmpfs.WhyUnavailable is { } reason) Skip = reason;
    }
}

/// <inheritdoc cref="TmpfsFactAttribute"/>
public sealed class TmpfsTheoryAttribute : TheoryAttribute
{
    public TmpfsTheoryAttribute()
    {
        if (Tmpfs.WhyUnavailable is { } reason) Skip = reason;
    }
}
