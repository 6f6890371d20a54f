using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Skills;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>
    /// Judgement: the top card is shown, retrial skills may replace it, then it takes effect and goes to the
    /// discard pile. Returns the card that decided.
    /// </summary>
    internal async RuleTask<Card> Judge(int seat, string reason)
    {
        var data = new TriggerData { Timing = TriggerTiming.AskForRetrial, Seat = seat, JudgeCard = Reveal(), Reason = reason };
        Emit(new GameEvent(events.Count, EventKind.Judged, Visibility.Everyone, NoIds) { Seat = seat, Cards = [data.JudgeCard], Text = reason });
        await Trigger(data);
        var final = new TriggerData { Timing = TriggerTiming.FinishJudge, Seat = seat, JudgeCard = data.JudgeCard, Reason = reason };
        await Trigger(final);
        if (Locations[final.JudgeCard].Zone == ZoneKind.Processing)
        {
            DiscardCard(final.JudgeCard);
        }

        return Cards[final.JudgeCard];
    }

    /// <summary>Retrial (鬼才-style skills): a new card replaces the judgement card, which goes to the discard pile.</summary>
    internal void Retrial(TriggerData data, int byCard, int bySeat)
    {
        ArgumentNullException.ThrowIfNull(data);
        var old = data.JudgeCard;
        MoveCard(byCard, ZoneKind.Processing);
        DiscardCard(old);
        data.JudgeCard = byCard;
        Emit(new GameEvent(events.Count, EventKind.Judged, Visibility.Everyone, NoIds) { Seat = data.Seat, Target = bySeat, Cards = [byCard], Text = "retrial" });
    }

    private async RuleTask JudgePhase(int seat)
    {
        var p = Players[seat];
        while (p.Alive && p.Judge.Count > 0)
        {
            // Delayed tricks resolve last placed first.
            var id = p.Judge[^1];
            var name = JudgeNameOf(id);
            MoveCard(id, ZoneKind.Processing);
            var cancelled = await IsNullified(name, -1, seat);
            switch (name)
            {
                case CardName.Indulgence:
                    if (!cancelled && (await Judge(seat, "indulgence")).Suit != Suit.Heart)
                    {
                        SkippedPhases.Add(Phase.Play);
                    }

                    DiscardCard(id);
                    break;
                case CardName.SupplyShortage:
                    if (!cancelled && (await Judge(seat, "supply_shortage")).Suit != Suit.Club)
                    {
                        SkippedPhases.Add(Phase.Draw);
                    }

                    DiscardCard(id);
                    break;
                default:
                    var hit = false;
                    if (!cancelled)
                    {
                        var card = await Judge(seat, "lightning");
                        hit = card.Suit == Suit.Spade && card.Number is >= 2 and <= 9;
                    }

                    if (hit)
                    {
                        DiscardCard(id);
                        await Damage(new DamageInfo { Target = seat, Amount = 3, Element = DamageElement.Thunder });
                    }
                    else
                    {
                        PassLightningOn(id, seat);
                    }

                    break;
            }
        }
    }

    /// <summary>闪电 moves to the next player (in seat order) who has no 闪电 yet; back to the holder if none.</summary>
    private void PassLightningOn(int id, int from)
    {
        foreach (var seat in SeatOrderFrom((from + 1) % Players.Length))
        {
            if (seat == from || Players[seat].Judge.All(c => Cards[c].Name != CardName.Lightning))
            {
                MoveCard(id, ZoneKind.Judge, seat);
                return;
            }
        }

        MoveCard(id, ZoneKind.Judge, from);
    }
}
