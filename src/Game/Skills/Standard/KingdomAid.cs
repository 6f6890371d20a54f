using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Heroes;

namespace SanguoOrleans.Game.Skills.Standard;

/// <summary>
/// 护驾 (闪, Wei) and 激将 (杀, Shu): when the lord needs the card, the other characters of the kingdom are asked in
/// seat order; the first who plays one plays it for the lord.
/// </summary>
internal sealed class KingdomAid(string id, CardName card, Kingdom kingdom) : IViewAsSkill
{
    private readonly CardName[] wanted = [card];

    public string Id => id;

    public IReadOnlyList<CardName> Names => wanted;

    public int CardCount => 0;

    public bool CanViewAs(GameEngine engine, int owner, CardName name)
    {
        foreach (var p in engine.Players)
        {
            if (p.Seat != owner && p.Alive && p.Hero?.Kingdom == kingdom)
            {
                return true;
            }
        }

        return false;
    }

    public async RuleTask<bool> Provide(GameEngine engine, int owner, CardName name, List<int> played)
    {
        var n = engine.Players.Length;
        for (var i = 1; i < n; i++)
        {
            var helper = engine.Players[(owner + i) % n];
            if (helper.Alive && helper.Hero?.Kingdom == kingdom
                && await engine.AskForCard(helper.Seat, wanted, id, owner, played: played))
            {
                return true;
            }
        }

        return false;
    }
}
