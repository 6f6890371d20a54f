using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>
/// One table (key: a <see cref="TableIds"/> id) hosting one game: seating, the game itself with server-owned
/// deadlines and 托管, per-viewer pushes, durability through its decision log, and the result.
/// Callers pass the acting user's id; the gateway vouches for it.
/// </summary>
public interface ITableGrain : IGrainWithStringKey
{
    /// <summary>Creates the table; the owner joins and takes seat 0.</summary>
    Task<Outcome<TableInfo>> CreateAsync(Guid owner, TableSettings settings);

    /// <summary>Creates a ranked table with fixed players that starts by itself after the request's delay.</summary>
    Task<Outcome<TableInfo>> CreateRankedAsync(RankedTableRequest request);

    /// <summary>The table as participants see it.</summary>
    Task<Outcome<TableInfo>> GetInfoAsync();

    /// <summary>Joins the table standing (a spectator until seated); checks the password and level limits.</summary>
    Task<Outcome<TableInfo>> JoinAsync(Guid user, string? password = null);

    /// <summary>Takes (or moves to) a free seat before the game.</summary>
    Task<Outcome<TableInfo>> SitAsync(Guid user, int seat);

    /// <summary>Leaves one's seat and keeps watching.</summary>
    Task<Outcome<TableInfo>> StandAsync(Guid user);

    /// <summary>Says whether one is ready; the game starts by itself once every seat is taken and every player is ready.</summary>
    Task<Outcome<TableInfo>> SetReadyAsync(Guid user, bool ready);

    /// <summary>The owner puts an AI in an empty seat.</summary>
    Task<Outcome<TableInfo>> AddAiAsync(Guid owner, int seat);

    /// <summary>The owner takes an AI out of a seat.</summary>
    Task<Outcome<TableInfo>> RemoveAiAsync(Guid owner, int seat);

    /// <summary>The owner starts the game: every seat taken, every other player ready.</summary>
    Task<Outcome<TableInfo>> StartAsync(Guid owner);

    /// <summary>Leaves the table; a player leaving a game in progress is auto-played and recorded as having escaped.</summary>
    Task<Outcome<TableInfo>> LeaveAsync(Guid user);

    /// <summary>
    /// Answers the pending request for the caller's seat. Acknowledged (the returned sequence number) only once
    /// durable. Refused when the seat is not the caller's, the request is not the current one, or the rules forbid it.
    /// </summary>
    Task<Outcome<int>> SubmitAsync(Guid user, Decision decision);

    /// <summary>Switches 托管 on or off for the caller's seat.</summary>
    Task<Outcome<TableInfo>> SetAutoPlayAsync(Guid user, bool enabled);

    /// <summary>
    /// Registers a viewer's connection: a seated user sees their seat, anyone else who joined sees the spectator
    /// view. Returns the snapshot to start from; pushes follow it. Reconnecting ends 托管 caused by disconnection.
    /// </summary>
    Task<Outcome<TableSnapshot>> ConnectAsync(Guid user, ITableObserver observer);

    /// <summary>The connection is gone; a player with no connection left is auto-played.</summary>
    Task DisconnectAsync(Guid user, ITableObserver observer);

    /// <summary>
    /// Says the connection is alive. From its first refresh a connection is held to a lease (Tables:ObserverLease,
    /// 2 minutes by default): one not refreshed within it is dropped as if disconnected, so a connection whose gateway
    /// died is not kept. Returns false when the table does not know the connection (then connect again).
    /// </summary>
    Task<bool> RefreshAsync(Guid user, ITableObserver observer);

    /// <summary>The finished game's record (settings, seed, decisions, result).</summary>
    Task<Outcome<TableReplay>> GetReplayAsync();

    /// <summary>
    /// Creates an unlisted table with AI in every seat and no owner, and plays its game to the end before answering
    /// (operators' check games); returns the finished table.
    /// </summary>
    Task<Outcome<TableInfo>> PlayAiGameAsync(TableSettings settings);
}
