using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Heroes;
using SanguoOrleans.Game.Modes;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests;

public class IdentityModeTests
{
    private static void Bury(Scenario s, params int[] seats)
    {
        foreach (var seat in seats)
        {
            s.Engine.Discard([.. s.P(seat).Hand]);
            s.P(seat).Alive = false;
        }

        s.Engine.RefreshPlayRequest();
    }

    [Theory]
    [InlineData(GameMode.Identity5, "Lord,Loyalist,Rebel,Rebel,Renegade", 108)]
    [InlineData(GameMode.Identity8, "Lord,Loyalist,Loyalist,Rebel,Rebel,Rebel,Rebel,Renegade", 160)]
    [InlineData(GameMode.Identity8DoubleRenegade, "Lord,Loyalist,Loyalist,Rebel,Rebel,Rebel,Renegade,Renegade", 160)]
    public void Modes_deal_their_roles_with_the_lord_in_seat_one_and_use_their_deck(GameMode mode, string roles, int deck)
    {
        var engine = GameEngine.Create(new GameSettings(mode), 99);
        Assert.Equal(Role.Lord, engine.Players[0].Role);
        Assert.Equal(roles.Split(',').Order(), engine.Players.Select(p => p.Role.ToString()).Order());
        Assert.Equal(deck, engine.Cards.Length);
    }

    [Fact]
    public void Hero_selection_offers_the_lord_three_lords_plus_two_then_others_choose_simultaneously()
    {
        var engine = GameEngine.Create(new GameSettings(), 5);
        var lord = Assert.Single(engine.Pending);
        Assert.Equal(RequestKind.ChooseHero, lord.Kind);
        Assert.Equal(5, lord.Heroes.Count);
        Assert.Equal(HeroCatalog.LordHeroes, lord.Heroes.Take(3));
        Scenario.Ok(engine.Submit(Decision.ChooseHero(lord, "liubei")));
        Assert.Equal(4, engine.Pending.Count);
        Assert.All(engine.Pending, r => Assert.Equal(RequestMode.All, r.Mode));
        var offered = engine.Pending.SelectMany(r => r.Heroes).ToList();
        Assert.Equal(offered.Count, offered.Distinct().Count());
        Assert.DoesNotContain("liubei", offered);
        foreach (var r in engine.Pending.ToList())
        {
            Scenario.Ok(engine.Submit(GameEngine.DefaultDecision(r)));
        }

        Assert.Equal(5, engine.Players[0].MaxHp); // 刘备 4 + lord bonus
        Assert.Equal(RequestKind.Play, engine.Pending[0].Kind);
        Assert.All(engine.Players.Skip(1), p => Assert.Equal(p.Hero!.MaxHp, p.MaxHp));
    }

    [Fact]
    public void Killing_a_rebel_draws_three_cards()
    {
        var s = Scenario.Start([[Slash]]);
        s.Equip(0, Chitu);
        s.SetHp(2, 1);
        var hand = s.P(0).Hand.Count;
        s.Use(0, Slash, 2);
        Assert.False(s.P(2).Alive);
        Assert.Equal(hand - 1 + 3, s.P(0).Hand.Count);
    }

    [Fact]
    public void A_lord_who_kills_a_loyalist_discards_hand_and_equipment()
    {
        var s = Scenario.Start([[Slash]]);
        s.Equip(0, Chitu);
        s.SetHp(1, 1);
        s.Use(0, Slash, 1);
        Assert.False(s.P(1).Alive);
        Assert.Empty(s.P(0).Hand);
        Assert.All(s.P(0).Equip, e => Assert.Equal(-1, e));
    }

    [Fact]
    public void Rebels_win_when_the_lord_dies()
    {
        var s = Scenario.Start([[Duel], [Slash]]);
        s.SetHp(0, 1);
        s.Use(0, Duel, 1);
        s.Respond(1, Slash);
        Assert.Equal(WinningSide.Rebels, s.Engine.Result!.Side);
        Assert.Equal([2, 3], s.Engine.Result.WinningSeats);
        Assert.Empty(s.Engine.Pending);
        Assert.Equal(RefusalReason.GameOver, s.Engine.Submit(new Decision(1, 0, true, [], [])).Reason);
    }

    [Fact]
    public void The_renegade_wins_by_killing_the_lord_last()
    {
        var s = Scenario.Start([[Duel], [], [], [], [Slash]]);
        Bury(s, 1, 2, 3);
        s.SetHp(0, 1);
        s.Use(0, Duel, 4);
        s.Respond(4, Slash);
        Assert.Equal(WinningSide.Renegade, s.Engine.Result!.Side);
        Assert.Equal([4], s.Engine.Result.WinningSeats);
    }

    [Fact]
    public void Lord_and_loyalists_win_when_no_rebel_or_renegade_is_left()
    {
        var s = Scenario.Start([[Slash]]);
        Bury(s, 2, 3);
        s.SetHp(4, 1);
        s.Use(0, Slash, 4);
        Assert.Equal(WinningSide.Lord, s.Engine.Result!.Side);
        Assert.Equal([0, 1], s.Engine.Result.WinningSeats);
    }

    [Fact]
    public void With_two_renegades_alive_the_lords_death_is_a_rebel_win()
    {
        var s = Scenario.Start([[Duel], [], [], [], [], [], [Slash]], mode: GameMode.Identity8DoubleRenegade);
        Bury(s, 1, 2, 3, 4, 5);
        s.SetHp(0, 1);
        s.Use(0, Duel, 6);
        s.Respond(6, Slash);
        Assert.Equal(WinningSide.Rebels, s.Engine.Result!.Side);
    }

    [Fact]
    public void When_both_piles_are_empty_a_needed_draw_ends_the_game_in_a_draw()
    {
        var s = Scenario.Start([[ExNihilo]]);
        s.Engine.Move([.. s.Engine.DrawPile, .. s.Engine.DiscardPile], Zones.ZoneKind.Hand, 4);
        s.Use(0, ExNihilo);
        s.PassAllNullifications();
        Assert.Equal(WinningSide.Draw, s.Engine.Result!.Side);
    }

    [Fact]
    public void An_empty_draw_pile_is_refilled_by_shuffling_the_discard_pile()
    {
        var s = Scenario.Start([[ExNihilo]]);
        s.Engine.Move([.. s.Engine.DrawPile], Zones.ZoneKind.DiscardPile);
        s.Use(0, ExNihilo);
        Assert.Null(s.Engine.Result);
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == Events.EventKind.Reshuffled);
        SimulationPropertyTests.AssertInvariants(s.Engine);
    }
}
