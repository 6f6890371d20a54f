using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>
/// 遗计: for each 1 damage taken, may look at the top 2 cards of the draw pile and hand them out, one or both to one
/// player at a time. Only the owner sees them; each receiver sees what he gets.
/// </summary>
internal sealed class Yiji : ISkill
{
    public string Id => "yiji";

    public bool IsLocked => false;

    public IReadOnlyList<TriggerTiming> Timings { get; } = [TriggerTiming.Damaged];

    public bool CanTrigger(GameEngine engine, int owner, TriggerData data) => data.Seat == owner && data.Damage is not null;

    public async RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
    {
        for (var point = 0; point < data.Damage!.Amount; point++)
        {
            if (point > 0 && !(engine.Players[owner].Alive && await engine.AskToInvoke(owner, Id, data)))
            {
                return;
            }

            var cards = engine.PeekTop(owner, 2).ToList();
            while (cards.Count > 0)
            {
                // Passing the card choice hands all that is left to one player.
                var pick = cards.Count == 1
                    ? null
                    : await engine.Ask(engine.Request(owner, RequestKind.SelectCards, Id, subject: owner, cards: cards, minCount: 1, maxCount: cards.Count));
                var given = pick?.Cards ?? [.. cards];
                var receivers = engine.SeatOrderFrom(owner).Select(SeatOption.Of).ToList();
                var to = await engine.Ask(engine.Request(owner, RequestKind.ChooseOption, "yiji_to", subject: owner, cards: given, options: receivers));
                var receiver = to is null ? owner : SeatOption.Parse(to.Option);
                engine.Move(given, ZoneKind.Hand, receiver);
                cards.RemoveAll(given.Contains);
            }
        }
    }
}
