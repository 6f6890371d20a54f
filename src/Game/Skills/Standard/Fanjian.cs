using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>
/// 反间: once per play phase, another player names a suit, then takes one of the owner's hand cards unseen (a random
/// one), shown to everyone; when its suit is not the named one, the owner deals that player 1 damage.
/// </summary>
internal sealed class Fanjian : IActiveSkill
{
    private static readonly string[] SuitNames = ["spade", "heart", "club", "diamond"];

    public string Id => "fanjian";

    public PlayOption? OptionFor(GameEngine engine, int owner) =>
        engine.Players[owner].UsesOf(Id) > 0 || engine.Players[owner].Hand.Count == 0
            ? null
            : new PlayOption(Id, [], CardName.Duel, engine.OtherAliveSeats(owner), 1, 1, MinCards: 0, MaxCards: 0);

    public async RuleTask Resolve(GameEngine engine, int owner, IReadOnlyList<int> cards, IReadOnlyList<int> targets)
    {
        engine.Players[owner].AddUse(Id);
        var target = targets[0];
        var answer = await engine.Ask(engine.Request(target, RequestKind.ChooseOption, Id, source: owner, options: SuitNames, canPass: false));
        var named = (Suit)Array.IndexOf(SuitNames, answer!.Option);
        engine.Emit(engine.Ev(EventKind.Chose) with { Seat = target, Target = owner, Text = answer.Option });
        var hand = engine.Players[owner].Hand;
        if (hand.Count == 0)
        {
            return;
        }

        var taken = hand[engine.Rng.NextInt(hand.Count)];
        engine.MoveCard(taken, ZoneKind.Hand, target, reveal: true);
        if (engine.CardOf(taken).Suit != named && engine.Players[target].Alive)
        {
            await engine.Damage(new DamageInfo { Source = owner, Target = target });
        }
    }
}
