using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Zones;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class GuanyuTests
{
    [Fact]
    public void Wusheng_uses_a_red_heart_card_as_a_slash_that_deals_damage()
    {
        var s = Scenario.Start([[]], heroes: ["guanyu"]);
        var heart = s.GiveCard(0, Jink, Suit.Heart);
        var option = s.SkillOption(0, "wusheng", heart);
        Assert.Equal(Slash, option.As);
        Assert.Contains(1, option.Targets);

        Scenario.Ok(s.Invoke(0, "wusheng", [heart], 1));

        Assert.Equal(3, s.P(1).Hp);
        Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[heart].Zone);
        Assert.Equal(1, s.P(0).SlashesThisPhase);
    }

    [Fact]
    public void Wusheng_refuses_a_black_card()
    {
        var s = Scenario.Start([[]], heroes: ["guanyu"]);
        var spade = s.GiveCard(0, Duel, Suit.Spade);
        s.GiveCard(0, Jink, Suit.Heart);

        var result = s.Invoke(0, "wusheng", [spade], 1);

        Assert.False(result.Accepted);
        Assert.Equal(RefusalReason.IllegalCards, result.Reason);
        Assert.Equal(4, s.P(1).Hp);
    }

    [Fact]
    public void Wusheng_plays_a_red_equipment_card_as_slash_against_savage_assault()
    {
        var s = Scenario.Start([[SavageAssault]], heroes: ["", "guanyu"]);
        var horse = s.Engine.DrawPile.Concat(s.Engine.DiscardPile).First(c => s.Engine.CardOf(c).Name == HualiuHorseOrAny(s) && s.Engine.CardOf(c).Suit.IsRed());
        s.Engine.Move([horse], ZoneKind.Equipment, 1);
        s.Engine.RefreshPlayRequest();
        s.Use(0, SavageAssault);
        s.PassAllNullifications();

        Scenario.Ok(s.Invoke(1, "wusheng", [horse]));

        Assert.Equal(4, s.P(1).Hp);
        Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[horse].Zone);
    }

    [Fact]
    public void Wusheng_answers_a_collateral_with_a_red_card_as_slash()
    {
        var s = Scenario.Start([[Collateral], []], heroes: ["", "guanyu"]);
        s.KeepOnly(1);
        s.Equip(1, Spear);
        var heart = s.GiveCard(1, Peach, Suit.Heart);
        s.Use(0, Collateral, 1, 2);
        s.PassAllNullifications();
        Assert.Equal([heart], s.SkillOption(1, "wusheng").Cards);

        Scenario.Ok(s.Invoke(1, "wusheng", [heart]));

        Assert.Equal(s.P(2).MaxHp - 1, s.P(2).Hp);
        Assert.Contains(s.EventsOf(Events.EventKind.CardUsed), e => e.Seat == 1 && e.Name == Slash && e.Cards!.SequenceEqual([heart]));
    }

    [Fact]
    public void Wusheng_follows_a_dodged_slash_with_a_red_card_through_the_blade()
    {
        var s = Scenario.Start([[Slash], [Jink]], heroes: ["guanyu"]);
        s.KeepOnly(0, Slash);
        s.Equip(0, Blade);
        var heart = s.GiveCard(0, Peach, Suit.Heart);
        s.Use(0, Slash, 1);
        s.Respond(1, Jink);
        Assert.Equal("blade", s.Req(0).Reason);

        Scenario.Ok(s.Invoke(0, "wusheng", [heart]));

        Assert.Equal(3, s.P(1).Hp);
    }

    // Any red equipment card of the deck.
    private static CardName HualiuHorseOrAny(Scenario s) =>
        s.Engine.DrawPile.Concat(s.Engine.DiscardPile).Select(s.Engine.CardOf)
            .First(c => CardRules.TypeOf(c.Name) == CardType.Equipment && c.Suit.IsRed()).Name;
}
