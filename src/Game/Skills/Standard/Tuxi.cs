using System.Globalization;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>
/// 突袭 (张辽): in your draw phase, instead of drawing, you may take one hand card (at random, unseen) from each of
/// up to two other players. The owner names the first player ("tuxi", options = seat numbers), then may name a
/// second ("tuxi_second"); only the taker and each victim see which card moved.
/// </summary>
internal sealed class Tuxi : ISkill
{
    public string Id => "tuxi";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.PhaseChanging];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) =>
        data.Seat == owner && data.Phase == Phase.Draw && !data.SkipPhase
        && !engine.SkippedPhases.Contains(Phase.Draw) && Victims(engine, owner).Count > 0;

    public async RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        var all = Victims(engine, owner);
        var candidates = new List<int>(all);
        var first = await engine.Ask(engine.Request(owner, RequestKind.ChooseOption, "tuxi", options: SeatOptions(candidates), canPass: false));
        var chosen = new List<int> { int.Parse(first!.Option!, CultureInfo.InvariantCulture) };
        candidates.Remove(chosen[0]);
        if (candidates.Count > 0)
        {
            var second = await engine.Ask(engine.Request(owner, RequestKind.ChooseOption, "tuxi_second", options: SeatOptions(candidates)));
            if (second is not null)
            {
                chosen.Add(int.Parse(second.Option!, CultureInfo.InvariantCulture));
            }
        }

        // Cards are taken in seat order from the owner, whatever order the players were named in.
        chosen = all.FindAll(chosen.Contains);
        engine.Emit(engine.Ev(EventKind.Chose) with { Seat = owner, Targets = chosen, Text = Id });
        data.SkipPhase = true;
        foreach (var victim in chosen)
        {
            var hand = engine.Players[victim].Hand;
            if (hand.Count > 0 && engine.Players[owner].Alive)
            {
                // A hand-to-hand move: its card is shown to the two hands' owners only.
                engine.MoveCard(hand[engine.Rng.NextInt(hand.Count)], ZoneKind.Hand, owner);
            }
        }
    }

    /// <summary>Other alive players with hand cards, in seat order from the owner.</summary>
    private static List<int> Victims(GameEngine engine, int owner)
    {
        var victims = new List<int>();
        foreach (var seat in engine.SeatOrderFrom(owner))
        {
            if (seat != owner && engine.Players[seat].Hand.Count > 0)
            {
                victims.Add(seat);
            }
        }

        return victims;
    }

    private static List<string> SeatOptions(List<int> seats) =>
        seats.ConvertAll(s => s.ToString(CultureInfo.InvariantCulture));
}
