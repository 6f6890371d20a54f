using System.Security.Cryptography;
using System.Text;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Grains.Tables;

internal sealed partial class TableGrain
{
    public async Task<Outcome<TableInfo>> CreateAsync(Guid owner, TableSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (CheckNew(settings) is { } refused)
        {
            return refused;
        }

        var user = GrainFactory.GetGrain<IUserGrain>(owner);
        if (await EnterAsync(user, settings) is { } notAdmitted)
        {
            return notAdmitted;
        }

        State.Status = TableStatus.Open;
        State.Settings = settings;
        State.Owner = owner;
        State.Seed = settings.Seed ?? NewSeed();
        State.Seats = [.. Enumerable.Range(0, settings.SeatCount).Select(_ => new SeatState())];
        State.Seats[0] = new SeatState { Occupant = SeatOccupant.Human, UserId = owner };
        if (!await SaveAsync())
        {
            await user.LeaveTableAsync(TableId);
            return Outcome.Refused<TableInfo>(StorageUnavailable);
        }

        await PublishToLobbyAsync();
        return Outcome.Success(Info());
    }

    public async Task<Outcome<TableInfo>> CreateRankedAsync(RankedTableRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (CheckNew(request.Settings) is { } refused)
        {
            return refused;
        }

        if (request.Players.Count != request.Settings.SeatCount || request.StartDelay < TimeSpan.Zero || string.IsNullOrEmpty(request.ListenerKey))
        {
            return Refuse<TableInfo>(nameof(CreateRankedAsync), RefusalCode.InvalidArgument, "A ranked table names a player (or AI) for every seat, a start delay and a listener.");
        }

        foreach (var player in request.Players.OfType<Guid>())
        {
            // The matchmaker decided; a player still marked elsewhere (a stale mark) is seated all the same.
            if (!(await GrainFactory.GetGrain<IUserGrain>(player).EnterTableAsync(TableId)).Ok)
            {
                LogRankedPlayerElsewhere(_logger, TableId, player);
            }
        }

        State.Status = TableStatus.Open;
        State.Settings = request.Settings with { Private = true };
        State.Seed = request.Settings.Seed ?? NewSeed();
        State.Seats = [.. request.Players.Select(p => p is { } id
            ? new SeatState { Occupant = SeatOccupant.Human, UserId = id, Ready = true }
            : new SeatState { Occupant = SeatOccupant.Ai })];
        State.ResultListener = request.ListenerKey;
        State.StartAt = _clock.GetUtcNow() + request.StartDelay;
        if (!await SaveAsync())
        {
            return Outcome.Refused<TableInfo>(StorageUnavailable);
        }

        ArmStartTimer();
        return Outcome.Success(Info());
    }

    public async Task<Outcome<TableInfo>> JoinAsync(Guid user, string? password = null)
    {
        if (!Exists)
        {
            return NotFound<TableInfo>();
        }

        if (State.Status is TableStatus.Finished or TableStatus.Closed)
        {
            return Refuse<TableInfo>(nameof(JoinAsync), RefusalCode.GameNotRunning, "The table is closed.");
        }

        if (IsParticipant(user))
        {
            return Outcome.Success(Info());
        }

        if (Settings.Password is { } expected && !PasswordMatches(expected, password))
        {
            return Refuse<TableInfo>(nameof(JoinAsync), RefusalCode.WrongPassword, "Wrong table password.");
        }

        var userGrain = GrainFactory.GetGrain<IUserGrain>(user);
        if (await EnterAsync(userGrain, Settings) is { } notAdmitted)
        {
            return notAdmitted;
        }

        State.Spectators.Add(user);
        if (!await SaveAsync())
        {
            await userGrain.LeaveTableAsync(TableId);
            return Outcome.Refused<TableInfo>(StorageUnavailable);
        }

        PushInfo();
        return Outcome.Success(Info());
    }

    private Outcome<TableInfo>? CheckNew(TableSettings settings)
    {
        if (Exists)
        {
            return Refuse<TableInfo>("Create", RefusalCode.TableExists, "A table with this id exists.");
        }

        if (!TableIds.IsValid(TableId))
        {
            return Refuse<TableInfo>("Create", RefusalCode.InvalidArgument, $"A table id has 1 to {TableIds.MaxLength} letters, digits, '-' or '_'.");
        }

        return settings.Validate() is { } invalid ? Refuse<TableInfo>("Create", RefusalCode.InvalidArgument, invalid) : null;
    }

    /// <summary>Marks the user as at this table, then checks the level limits (undoing the mark when refused).</summary>
    private async Task<Outcome<TableInfo>?> EnterAsync(IUserGrain user, TableSettings settings)
    {
        var entered = await user.EnterTableAsync(TableId);
        if (entered.Refusal is { } refusal)
        {
            return Refuse<TableInfo>("Enter", refusal.Code, refusal.Message);
        }

        var level = entered.Value!.Level;
        if (level >= settings.MinLevel && level <= settings.MaxLevel)
        {
            return null;
        }

        await user.LeaveTableAsync(TableId);
        return level < settings.MinLevel
            ? Refuse<TableInfo>("Enter", RefusalCode.LevelTooLow, $"This table needs level {settings.MinLevel} or more.")
            : Refuse<TableInfo>("Enter", RefusalCode.LevelTooHigh, $"This table admits levels up to {settings.MaxLevel}.");
    }

    private static bool PasswordMatches(string expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
