using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Ladder.Ratings;
using SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Grains.Ladder.Ratings;

/// <summary>
/// Receives a ladder's finished ranked tables (listener key <see cref="LadderIds.ResultListenerKey"/>) and applies
/// them to the players. It keeps nothing: each player applies a table once by its id and answers later reports with
/// the rating it had before, so a retried report computes the same update. Stateless, so results of one ladder are
/// applied in parallel.
/// </summary>
[StatelessWorker]
[GrainType(LadderIds.ResultsGrainType)]
internal sealed partial class LadderResultsGrain(ILogger<LadderResultsGrain> logger) : Grain, ITableResultListener
{
    public async Task TableFinishedAsync(TableReplay replay)
    {
        ArgumentNullException.ThrowIfNull(replay);
        var ladderId = this.GetPrimaryKeyString();
        var humans = replay.Seats
            .Where(s => s is { Occupant: SeatOccupant.Human, UserId: not null })
            .ToDictionary(s => s.Seat, s => GrainFactory.GetGrain<ILadderPlayerGrain>(LadderIds.PlayerKey(ladderId, s.UserId!.Value)));
        var before = new Dictionary<int, LadderStanding>();
        foreach (var (seat, player) in humans)
        {
            before[seat] = await player.GetStandingBeforeAsync(replay.TableId);
        }

        var after = LadderMatch.Rate(
            LadderIds.RatesTeams(ladderId),
            replay.Result,
            replay.Seats,
            before.ToDictionary(p => p.Key, p => new SkillRating(p.Value.Mu, p.Value.Sigma)),
            OpenSkillParameters.Default);
        foreach (var (seat, player) in humans)
        {
            var outcome = replay.Result.Side == WinningSide.Draw ? LadderOutcome.Draw
                : replay.Result.WinningSeats.Contains(seat) ? LadderOutcome.Won
                : LadderOutcome.Lost;
            var applied = await player.ApplyResultAsync(new LadderResult(replay.TableId, before[seat].Season, after[seat].Mu, after[seat].Sigma, outcome, replay.Seats[seat].Escaped));
            if (applied.Refusal is { } refusal)
            {
                // The table retries the whole report; players already done answer from their applied list.
                throw new InvalidOperationException($"Ladder {ladderId}: seat {seat} of table {replay.TableId} refused the result: {refusal.Code} {refusal.Message}");
            }
        }

        LogApplied(logger, ladderId, replay.TableId, humans.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ladder {LadderId}: table {TableId} rated for {Players} players")]
    private static partial void LogApplied(ILogger logger, string ladderId, string tableId, int players);
}
