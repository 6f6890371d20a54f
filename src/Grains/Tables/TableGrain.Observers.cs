using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Tables;

internal sealed partial class TableGrain
{
    // Connections are live state: after a silo failure clients reconnect and start again from a snapshot.
    private readonly Dictionary<ITableObserver, ViewerCursor> _viewers = [];

    /// <summary>What one connection has been sent so far.</summary>
    private sealed class ViewerCursor(Guid user, int seq, int pendingId)
    {
        /// <summary>When the connection is dropped unless refreshed; null until its gateway first refreshes it.</summary>
        public DateTimeOffset? LeaseEnds { get; set; }

        // The seat is looked up at each push, so someone who sits down or leaves sees from where they are now.
        public Guid User { get; } = user;

        public int Seq { get; set; } = seq;

        public int PendingId { get; set; } = pendingId;
    }

    public async Task<Outcome<TableSnapshot>> ConnectAsync(Guid user, ITableObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        if (!Exists)
        {
            return NotFound<TableSnapshot>();
        }

        if (!IsParticipant(user))
        {
            return Refuse<TableSnapshot>(nameof(ConnectAsync), RefusalCode.NotAtTable, "Join the table first.");
        }

        var seat = SeatOf(user);
        var returning = false;
        if (seat >= 0)
        {
            var control = Control(seat);
            returning = control.Offline;
            control.Offline = false;
            if (!_viewers.ContainsKey(observer))
            {
                control.Connections++;
            }
        }

        var seq = _engine is null ? -1 : _engine.EventCount - 1;
        var pending = seat >= 0 ? _engine?.PendingFor(seat) : null;
        // A reconnection keeps the lease its connection had.
        var lease = _viewers.TryGetValue(observer, out var known) ? known.LeaseEnds : null;
        _viewers[observer] = new ViewerCursor(user, seq, pending?.Id ?? -1) { LeaseEnds = lease };
        if (returning)
        {
            PushInfo();
            await SettleAsync();
        }

        var view = _engine?.ViewFor(seat);
        return Outcome.Success(new TableSnapshot(Info(), seat, seq, view, pending, pending is null ? null : _deadlineAt));
    }

    public async Task DisconnectAsync(Guid user, ITableObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        if (_viewers.TryGetValue(observer, out var cursor) && cursor.User == user)
        {
            await DropConnectionAsync(observer);
        }
    }

    /// <summary>Forgets a connection; its player, when it was their last, is auto-played until they are back.</summary>
    private async Task DropConnectionAsync(ITableObserver observer)
    {
        if (!_viewers.Remove(observer, out var cursor))
        {
            return;
        }

        CloseIfUnwatched();
        var seat = SeatOf(cursor.User);
        if (seat < 0)
        {
            return;
        }

        var control = Control(seat);
        control.Connections = Math.Max(0, control.Connections - 1);
        if (control.Connections == 0)
        {
            // A player without a connection cannot answer: 托管 plays for them at once, not after each deadline.
            control.Offline = true;
            PushInfo();
            AnswerAutomaticSeats();
            await SettleAsync();
        }
    }

    /// <summary>Sends every connection the events it may see since its last push, and its pending request when it changed.</summary>
    private void PushGame()
    {
        if (_engine is null || _viewers.Count == 0)
        {
            return;
        }

        var seq = _engine.EventCount - 1;
        foreach (var (observer, cursor) in _viewers)
        {
            var viewer = SeatOf(cursor.User);
            var events = _engine.EventsSince(cursor.Seq, viewer);
            var pending = viewer >= 0 ? _engine.PendingFor(viewer) : null;
            var pendingId = pending?.Id ?? -1;
            if (events.Count == 0 && pendingId == cursor.PendingId)
            {
                continue;
            }

            cursor.Seq = seq;
            cursor.PendingId = pendingId;
            observer.GameAdvanced(new TableUpdate(TableId, events, seq, pending, pending is null ? null : _deadlineAt, _engine.IsOver)).Ignore();
        }
    }

    /// <summary>Tells every connection that seats or status changed.</summary>
    private void PushInfo()
    {
        if (_viewers.Count == 0)
        {
            return;
        }

        var info = Info();
        foreach (var observer in _viewers.Keys)
        {
            observer.TableChanged(info).Ignore();
        }
    }
}
