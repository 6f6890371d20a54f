using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Skills;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    // Seats holding a CardsLost skill (rebuilt with the skill index).
    private bool[]? lossWatchers;

    // Moves are synchronous: the losses they record resolve at the next await point that flushes them.
    private List<TriggerData>? lostPending;

    // Losses of a dying owner, held until the dying ends.
    private List<TriggerData>? lostWhileDying;

    /// <summary>Records a loss from a hand or equipment area when its owner holds a CardsLost skill.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private void NoteLoss(CardLocation from, int[] ids)
    {
        if (from.Zone is not (ZoneKind.Hand or ZoneKind.Equipment))
        {
            return;
        }

        // A skill granted since the last timing must see this loss: the index is rebuilt first if it was dropped.
        EnsureSkillIndex();
        if (!lossWatchers![from.Seat])
        {
            return;
        }

        (lostPending ??= []).Add(new TriggerData
        {
            Timing = TriggerTiming.CardsLost, Seat = from.Seat, Cards = ids, From = from.Zone, HandCountAfter = Players[from.Seat].Hand.Count,
        });
    }

    /// <summary>Resolves the CardsLost timings recorded since the last flush, in the order the cards moved.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal RuleTask FlushCardsLost() => lostPending is { Count: > 0 } ? FlushCardsLostAsync() : completed;

    private async RuleTask FlushCardsLostAsync()
    {
        // Losses caused while these resolve queue anew and resolve in the next round. A dying owner's losses wait
        // until the dying is over (see ResumeLossesAfterDying).
        while (lostPending is { Count: > 0 } batch)
        {
            lostPending = null;
            foreach (var data in batch)
            {
                var owner = Players[data.Seat];
                if (owner.Alive && owner.Hp <= 0)
                {
                    (lostWhileDying ??= []).Add(data);
                }
                else if (owner.Alive)
                {
                    await Trigger(data);
                }
            }
        }

    }

    /// <summary>A dying seat's held losses resolve at the next flush once rescued, and are dropped once dead.</summary>
    private void ResumeLossesAfterDying(int seat)
    {
        if (lostWhileDying is null)
        {
            return;
        }

        foreach (var data in lostWhileDying.Where(d => d.Seat == seat && Players[seat].Alive))
        {
            (lostPending ??= []).Add(data);
        }

        lostWhileDying.RemoveAll(d => d.Seat == seat);
    }

    /// <summary>Flushes pending losses, then asks; a play request is rebuilt since the flush may have drawn cards.</summary>
    private async RuleTask<Decision?> FlushThenAsk(IReadOnlyList<DecisionRequest> copies, RequestMode mode)
    {
        await FlushCardsLostAsync();
        if (copies is [{ Kind: RequestKind.Play } play])
        {
            copies = [play with { Plays = PlayOptions(play.Seat) }];
        }

        return await AskRace(copies, mode);
    }
}
