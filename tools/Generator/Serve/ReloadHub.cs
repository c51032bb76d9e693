using System.Threading.Channels;

namespace Leaflet.Serve;

/// <summary>
/// The open pages listening for server-sent events. Each listener has its own small queue, so a
/// slow tab never holds up a rebuild; a tab that falls that far behind only misses stale events.
/// </summary>
public sealed class ReloadHub
{
    private readonly object _gate = new();
    private readonly HashSet<Channel<string>> _listeners = [];
    private bool _closed;

    public int Listeners
    {
        get { lock (_gate) return _listeners.Count; }
    }

    public Channel<string> Listen()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            if (_closed) channel.Writer.TryComplete();
            else _listeners.Add(channel);
        }
        return channel;
    }

    public void Leave(Channel<string> channel)
    {
        lock (_gate) _listeners.Remove(channel);
    }

    /// <param name="message">One event, already in the text/event-stream format.</param>
    public void Send(string message)
    {
        lock (_gate)
        {
            foreach (var listener in _listeners) listener.Writer.TryWrite(message);
        }
    }

    /// <summary>Ends every open stream, so the server can stop without waiting for tabs to close.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var listener in _listeners) listener.Writer.TryComplete();
            _listeners.Clear();
        }
    }
}
