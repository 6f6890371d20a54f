using Microsoft.Extensions.Logging;
using SanguoOrleans.Gateway.Connections;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Protocol;
using GrainSessionEndReason = SanguoOrleans.Grains.Interfaces.Users.SessionEndReason;

namespace SanguoOrleans.Gateway.Sessions;

/// <summary>
/// One connection's login state: who it acts for, its session token, the observers the grains push to, the
/// tables it watches and the ladders it queued for. A connection handles its changes one at a time and lets
/// reads overlap (see <see cref="Connections.ClientConnection"/>); the observer and the lease refresh run beside them.
/// </summary>
internal sealed partial class ClientSession(string connectionId, OutgoingQueue queue, IGrainFactory grains, ILogger logger)
{
    private static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(5);

    private readonly HashSet<string> _tables = new(StringComparer.Ordinal);
    private ConnectionObserver? _observer;
    private ISessionObserver? _sessionReference;
    private ITableObserver? _tableReference;
    private string? _token;

    public string ConnectionId { get; } = connectionId;

    public OutgoingQueue Queue { get; } = queue;

    /// <summary>The logged-in user, or null.</summary>
    public Guid? UserId { get; private set; }

    /// <summary>Set by a handler whose reply is the last message: the connection closes once it is written.</summary>
    public bool CloseAfterReply { get; set; }

    /// <summary>Whether the client said hello with an acceptable version (hello is optional).</summary>
    public bool Greeted { get; set; }

    /// <summary>The reference the user grain pushes session notices to; created on first use.</summary>
    public ISessionObserver SessionObserver
    {
        get
        {
            EnsureObserver();
            return _sessionReference!;
        }
    }

    /// <summary>The reference tables push game progress to; created on first use.</summary>
    public ITableObserver TableObserver
    {
        get
        {
            EnsureObserver();
            return _tableReference!;
        }
    }

    /// <summary>The logged-in user's grain, resolved once per login rather than on every request.</summary>
    public IUserGrain? User { get; private set; }

    public void LoggedIn(Guid userId, string token)
    {
        User = grains.GetGrain<IUserGrain>(userId);
        UserId = userId;
        Volatile.Write(ref _token, token);
    }

    /// <summary>Remembers a table this connection receives pushes from, to disconnect from it at the end.</summary>
    public void Watching(string tableId)
    {
        lock (_tables)
        {
            _tables.Add(tableId);
        }
    }

    /// <summary>Forgets a table after leaving it.</summary>
    public void NotWatching(string tableId)
    {
        lock (_tables)
        {
            _tables.Remove(tableId);
        }
    }

    /// <summary>
    /// Renews this connection's lease at every table it watches; a table that forgot the connection (reactivated
    /// elsewhere after a silo died, or the lease ran out) takes it back and the client gets a fresh snapshot.
    /// </summary>
    public async Task RefreshTablesAsync()
    {
        if (UserId is not { } user)
        {
            return;
        }

        foreach (var tableId in WatchedTables())
        {
            var table = grains.GetGrain<ITableGrain>(tableId);
            if (await table.RefreshAsync(user, TableObserver).ConfigureAwait(false))
            {
                continue;
            }

            var snapshot = await table.ConnectAsync(user, TableObserver).ConfigureAwait(false);
            if (snapshot.Value is { } resynced)
            {
                Queue.TryPush(new ServerMessage { TableResynced = Mapping.TableMapping.ToProto(resynced) });
            }
        }
    }

    /// <summary>Renews every lease this connection holds, its tables' and its ladder tickets', the one regardless of the other failing.</summary>
    public Task RefreshLeasesAsync() => Task.WhenAll(RefreshTablesAsync(), RenewLaddersAsync());

    private string[] WatchedTables()
    {
        lock (_tables)
        {
            return [.. _tables];
        }
    }

    /// <summary>Logs out: the token is revoked and the tables no longer push here.</summary>
    public async Task LogoutAsync()
    {
        if (UserId is { } user && Interlocked.Exchange(ref _token, null) is { } token)
        {
            ForgetLadders();
            await DisconnectTablesAsync(user).ConfigureAwait(false);
            await grains.GetGrain<IUserGrain>(user).CloseSessionAsync(token, GrainSessionEndReason.Logout).ConfigureAwait(false);
        }

        UserId = null;
        User = null;
    }

    /// <summary>The user grain ended the session (another login, kick, ban): say why, then close.</summary>
    public void EndedByServer(ServerMessage notice)
    {
        // The token may now belong to another connection; closing it from here would end that one.
        Volatile.Write(ref _token, null);
        Queue.PushAndComplete(notice);
    }

    /// <summary>The connection is gone: tables stop pushing here, the session is closed as disconnected (resumable).</summary>
    public async Task CloseAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(CleanupTimeout);
            ForgetLadders();
            if (UserId is { } user)
            {
                await DisconnectTablesAsync(user).WaitAsync(timeout.Token).ConfigureAwait(false);
                if (Interlocked.Exchange(ref _token, null) is { } token)
                {
                    await grains.GetGrain<IUserGrain>(user).CloseSessionAsync(token, GrainSessionEndReason.Disconnected)
                        .WaitAsync(timeout.Token).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogCleanupFailed(logger, ConnectionId, e);
        }
        finally
        {
            if (_observer is not null)
            {
                grains.DeleteObjectReference<ISessionObserver>(_sessionReference!);
                grains.DeleteObjectReference<ITableObserver>(_tableReference!);
            }
        }
    }

    private async Task DisconnectTablesAsync(Guid user)
    {
        var tables = WatchedTables();
        lock (_tables)
        {
            _tables.Clear();
        }

        await Task.WhenAll(tables.Select(id => grains.GetGrain<ITableGrain>(id).DisconnectAsync(user, TableObserver))).ConfigureAwait(false);
    }

    private void EnsureObserver()
    {
        if (_observer is not null)
        {
            return;
        }

        // The session keeps the object alive: Orleans holds observers only weakly.
        _observer = new ConnectionObserver(this);
        _sessionReference = grains.CreateObjectReference<ISessionObserver>(_observer);
        _tableReference = grains.CreateObjectReference<ITableObserver>(_observer);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleaning up connection {ConnectionId} failed")]
    private static partial void LogCleanupFailed(ILogger logger, string connectionId, Exception exception);
}
