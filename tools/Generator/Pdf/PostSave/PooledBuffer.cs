using System.Buffers;

namespace Leaflet.Pdf.PostSave;

/// <summary>
/// A seekable stream in memory whose array is rented from the shared pool and returned on Dispose,
/// so saving a PDF leaves nothing on the large object heap (docs/decisions/0004-saved-pdfs-in-pooled-buffers.md).
/// </summary>
internal sealed class PooledBuffer(int capacity = PooledBuffer.DefaultCapacity) : Stream
{
    private const int DefaultCapacity = 64 * 1024;

    private byte[] _array = ArrayPool<byte>.Shared.Rent(capacity);
    private int _length;
    private int _position;

    public Span<byte> Written => _array.AsSpan(0, _length);

    public override bool CanRead => false;
    public override bool CanSeek => true;
    public override bool CanWrite => true;
    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 && value <= _length ? (int)value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public void Clear() => _length = _position = 0;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var end = checked(_position + buffer.Length);
        if (end > _array.Length) Grow(end);
        buffer.CopyTo(_array.AsSpan(_position));
        _position = end;
        _length = Math.Max(_length, end);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value)
    {
        if (_position == _array.Length) Grow(_position + 1);
        _array[_position++] = value;
        _length = Math.Max(_length, _position);
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => _length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = [];
        }
        base.Dispose(disposing);
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, 2 * _array.Length));
        _array.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = larger;
    }
}
