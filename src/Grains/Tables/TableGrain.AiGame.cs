using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Tables;

internal sealed partial class TableGrain
{
    public async Task<Outcome<TableInfo>> PlayAiGameAsync(TableSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (CheckNew(settings) is { } refused)
        {
            return refused;
        }

        // Nobody plays, so nobody is owed an AI delay, a lobby line or a result: the game runs in this one turn.
        State.Status = TableStatus.Open;
        State.Settings = settings with { Private = true, AiDelay = TimeSpan.Zero, WinReward = 0, PlayReward = 0 };
        State.Seed = settings.Seed ?? NewSeed();
        State.Seats = [.. Enumerable.Range(0, settings.SeatCount).Select(_ => new SeatState { Occupant = SeatOccupant.Ai, Ready = true })];
        var started = await StartGameAsync();
        if (!started.Ok)
        {
            return started;
        }

        return State.ResultReported
            ? Outcome.Success(Info())
            : Refuse<TableInfo>(nameof(PlayAiGameAsync), RefusalCode.StorageUnavailable, "The game's result could not be saved yet; it is retried.");
    }
}
