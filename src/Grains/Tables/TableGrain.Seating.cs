using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Grains.Tables;

internal sealed partial class TableGrain
{
    public async Task<Outcome<TableInfo>> SitAsync(Guid user, int seat)
    {
        if (CheckSeating(nameof(SitAsync)) is { } refused)
        {
            return refused;
        }

        if (!IsParticipant(user))
        {
            return Refuse<TableInfo>(nameof(SitAsync), RefusalCode.NotAtTable, "Join the table first.");
        }

        var current = SeatOf(user);
        if (current == seat)
        {
            return Outcome.Success(Info());
        }

        if (State.Seats.All(s => s.Occupant != SeatOccupant.Empty))
        {
            return Refuse<TableInfo>(nameof(SitAsync), RefusalCode.TableFull, "Every seat is taken.");
        }

        if (seat < 0 || seat >= State.Seats.Count || State.Seats[seat].Occupant != SeatOccupant.Empty)
        {
            return Refuse<TableInfo>(nameof(SitAsync), RefusalCode.SeatTaken, $"Seat {seat} is not free.");
        }

        if (current >= 0)
        {
            State.Seats[current] = new SeatState();
        }
        else
        {
            State.Spectators.Remove(user);
        }

        State.Seats[seat] = new SeatState { Occupant = SeatOccupant.Human, UserId = user };
        _control.Remove(seat);
        return await SeatingChangedAsync();
    }

    public async Task<Outcome<TableInfo>> StandAsync(Guid user)
    {
        if (CheckSeating(nameof(StandAsync)) is { } refused)
        {
            return refused;
        }

        var seat = SeatOf(user);
        if (seat < 0)
        {
            return Refuse<TableInfo>(nameof(StandAsync), RefusalCode.NotAtTable, "You have no seat at this table.");
        }

        State.Seats[seat] = new SeatState();
        State.Spectators.Add(user);
        return await SeatingChangedAsync();
    }

    public async Task<Outcome<TableInfo>> SetReadyAsync(Guid user, bool ready)
    {
        if (CheckSeating(nameof(SetReadyAsync)) is { } refused)
        {
            return refused;
        }

        var seat = SeatOf(user);
        if (seat < 0)
        {
            return Refuse<TableInfo>(nameof(SetReadyAsync), RefusalCode.NotAtTable, "You have no seat at this table.");
        }

        State.Seats[seat].Ready = ready;
        return await SeatingChangedAsync();
    }

    public async Task<Outcome<TableInfo>> AddAiAsync(Guid owner, int seat)
    {
        if (CheckOwner(nameof(AddAiAsync), owner) is { } refused)
        {
            return refused;
        }

        if (seat < 0 || seat >= State.Seats.Count || State.Seats[seat].Occupant != SeatOccupant.Empty)
        {
            return Refuse<TableInfo>(nameof(AddAiAsync), RefusalCode.SeatTaken, $"Seat {seat} is not free.");
        }

        State.Seats[seat] = new SeatState { Occupant = SeatOccupant.Ai, Ready = true };
        return await SeatingChangedAsync();
    }

    public async Task<Outcome<TableInfo>> RemoveAiAsync(Guid owner, int seat)
    {
        if (CheckOwner(nameof(RemoveAiAsync), owner) is { } refused)
        {
            return refused;
        }

        if (seat < 0 || seat >= State.Seats.Count || State.Seats[seat].Occupant != SeatOccupant.Ai)
        {
            return Refuse<TableInfo>(nameof(RemoveAiAsync), RefusalCode.InvalidArgument, $"Seat {seat} holds no AI.");
        }

        State.Seats[seat] = new SeatState();
        return await SeatingChangedAsync();
    }

    public async Task<Outcome<TableInfo>> StartAsync(Guid owner)
    {
        if (CheckOwner(nameof(StartAsync), owner) is { } refused)
        {
            return refused;
        }

        if (State.Seats.Any(s => s.Occupant == SeatOccupant.Empty))
        {
            return Refuse<TableInfo>(nameof(StartAsync), RefusalCode.NotReady, "Every seat must be taken.");
        }

        if (State.Seats.Any(s => s.Occupant == SeatOccupant.Human && s.UserId != owner && !s.Ready))
        {
            return Refuse<TableInfo>(nameof(StartAsync), RefusalCode.NotReady, "Every other player must be ready.");
        }

        return await StartGameAsync();
    }

    private Outcome<TableInfo>? CheckSeating(string operation) => State.Status switch
    {
        TableStatus.None => NotFound<TableInfo>(),
        TableStatus.Open when State.ResultListener is null => null,
        _ => Refuse<TableInfo>(operation, RefusalCode.TableStarted, "Seats can no longer change at this table."),
    };

    private Outcome<TableInfo>? CheckOwner(string operation, Guid owner) =>
        CheckSeating(operation) ?? (owner == State.Owner ? null : Refuse<TableInfo>(operation, RefusalCode.NotOwner, "Only the table's owner may do this."));

    /// <summary>Saves a seating change, tells viewers and the lobby, and starts the game once every seat is taken and ready.</summary>
    private async Task<Outcome<TableInfo>> SeatingChangedAsync()
    {
        if (!await SaveAsync())
        {
            return Outcome.Refused<TableInfo>(StorageUnavailable);
        }

        if (State.Seats.All(s => s.Occupant == SeatOccupant.Ai || (s.Occupant == SeatOccupant.Human && s.Ready))
            && State.Seats.Any(s => s.Occupant == SeatOccupant.Human))
        {
            return await StartGameAsync();
        }

        PushInfo();
        await PublishToLobbyAsync();
        return Outcome.Success(Info());
    }

    public async Task<Outcome<TableInfo>> LeaveAsync(Guid user)
    {
        if (!Exists)
        {
            return NotFound<TableInfo>();
        }

        var userGrain = GrainFactory.GetGrain<IUserGrain>(user);
        var seat = SeatOf(user);
        if (seat < 0 && !State.Spectators.Contains(user))
        {
            // Leaving twice, or after the game, only clears a stale mark.
            await userGrain.LeaveTableAsync(TableId);
            return Refuse<TableInfo>(nameof(LeaveAsync), RefusalCode.NotAtTable, "You are not at this table.");
        }

        var escaping = seat >= 0 && (State.Status == TableStatus.Playing || State.ResultListener is not null);
        if (escaping)
        {
            State.Seats[seat].Escaped = true;
            LogEscaped(_logger, TableId, user, seat);
        }
        else if (seat >= 0)
        {
            State.Seats[seat] = new SeatState();
        }
        else
        {
            State.Spectators.Remove(user);
        }

        if (State.Status == TableStatus.Open && user == State.Owner && State.ResultListener is null)
        {
            HandOverOwnership();
        }

        if (!await SaveAsync())
        {
            return Outcome.Refused<TableInfo>(StorageUnavailable);
        }

        await userGrain.LeaveTableAsync(TableId);
        PushInfo();
        if (State.Status == TableStatus.Closed)
        {
            await RemoveFromLobbyAsync();
        }
        else if (State.Status == TableStatus.Open)
        {
            await PublishToLobbyAsync();
        }
        else if (escaping)
        {
            AnswerAutomaticSeats();
            await SettleAsync();
        }

        return Outcome.Success(Info());
    }

    /// <summary>The owner left before the game: the next seated player (else a spectator) owns the table, or it closes.</summary>
    private void HandOverOwnership()
    {
        var next = State.Seats.FirstOrDefault(s => s.Occupant == SeatOccupant.Human)?.UserId
            ?? (State.Spectators.Count > 0 ? State.Spectators[0] : null);
        if (next is { } heir)
        {
            State.Owner = heir;
        }
        else
        {
            State.Status = TableStatus.Closed;
        }
    }
}
