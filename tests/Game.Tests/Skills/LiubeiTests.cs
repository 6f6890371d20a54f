using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class LiubeiTests
{
    [Fact]
    public void Rende_heals_once_when_the_cards_given_this_phase_reach_two()
    {
        var s = Scenario.Start([[]], heroes: ["liubei"]);
        s.SetHp(0, 3);
        var hand = s.P(0).Hand.ToList();

        Scenario.Ok(s.Invoke(0, "rende", [hand[0]], 1));
        Assert.Equal(3, s.P(0).Hp);
        Scenario.Ok(s.Invoke(0, "rende", [hand[1]], 2));
        Assert.Equal(4, s.P(0).Hp);
        Scenario.Ok(s.Invoke(0, "rende", [hand[2], hand[3]], 1));

        Assert.Equal(4, s.P(0).Hp);
        Assert.Equal(7, s.P(1).Hand.Count);
        Assert.Contains(hand[1], s.P(2).Hand);
    }

    [Fact]
    public void Jijiang_has_a_shu_character_play_the_lords_slash()
    {
        var s = Scenario.Start([[], [Slash]], heroes: ["liubei", "zhangfei"]);
        s.KeepOnly(0);
        var slash = s.Card(1, Slash);

        Scenario.Ok(s.Invoke(0, "jijiang", [], 1));
        Assert.Equal("jijiang", s.Req(1).Reason);
        s.Respond(1, Slash);

        Assert.Equal(3, s.P(1).Hp);
        Assert.Equal(1, s.P(0).SlashesThisPhase);
        Assert.False(s.Offers(0, "jijiang"));
        Assert.Equal(Zones.ZoneKind.DiscardPile, s.Engine.Locations[slash].Zone);
    }

    [Fact]
    public void Jijiang_answers_a_duel_with_a_shu_characters_slash_and_skips_other_kingdoms()
    {
        var s = Scenario.Start([[], [Slash], [Duel], [Slash]], heroes: ["liubei", "caocao", "", "zhangfei"]);
        s.KeepOnly(0);
        s.EndTurns(0, 1);
        var weiSlash = s.GiveCard(1, Slash, Cards.Suit.Spade);
        var shuSlash = s.Card(3, Slash);
        s.Use(2, Duel, 0);
        s.PassAllNullifications();

        Scenario.Ok(s.Invoke(0, "jijiang", []));
        Assert.Equal("jijiang", s.Req(3).Reason);
        s.Respond(3, Slash);

        Assert.DoesNotContain(shuSlash, s.P(3).Hand);
        Assert.Contains(weiSlash, s.P(1).Hand);
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == Events.EventKind.CardResponded && e.Seat == 3 && e.Name == Slash);
    }
}
