using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Tests.Skills;

/// <summary>张辽: 突袭.</summary>
public class ZhangliaoTests
{
    /// <summary>Seat 1 is 张辽; returns at his 突袭 question.</summary>
    private static Scenario AtTuxi(Role[]? roles = null)
    {
        var s = Scenario.Start([[]], roles: roles, heroes: ["", "zhangliao"]);
        s.EndPlay(0);
        Assert.Equal("skill:tuxi", s.Req(1).Reason);
        return s;
    }

    [Fact]
    public void Tuxi_takes_a_hand_card_from_each_of_two_players_instead_of_drawing()
    {
        var s = AtTuxi();
        var pile = s.Engine.DrawPile.Count;
        s.Choose(1, "invoke");
        Assert.Equal(["2", "3", "4", "0"], s.Req(1).Options);
        s.Choose(1, "2");
        Assert.DoesNotContain("2", s.Req(1).Options);
        s.Choose(1, "4");
        Assert.Equal(RequestKind.Play, s.Req(1).Kind);
        Assert.Equal(4 + 2, s.P(1).Hand.Count);
        Assert.Equal((3, 4, 3), (s.P(2).Hand.Count, s.P(3).Hand.Count, s.P(4).Hand.Count));
        Assert.Equal(pile, s.Engine.DrawPile.Count);
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == EventKind.PhaseSkipped && e.Seat == 1 && e.Text == "Draw");
    }

    [Fact]
    public void Tuxi_may_take_from_a_single_player()
    {
        var s = AtTuxi();
        s.Choose(1, "invoke");
        s.Choose(1, "3");
        s.Pass(1);
        Assert.Equal(4 + 1, s.P(1).Hand.Count);
        Assert.Equal(3, s.P(3).Hand.Count);
        Assert.Equal(RequestKind.Play, s.Req(1).Kind);
    }

    [Fact]
    public void Tuxi_shows_the_taken_card_only_to_the_taker_and_the_victim()
    {
        var s = AtTuxi();
        s.Choose(1, "invoke");
        s.Choose(1, "2");
        s.Pass(1);
        var taken = s.Engine.AllEvents.Last(e => e.Kind == EventKind.CardsMoved && e.FromSeat == 2 && e.ToSeat == 1 && e.Cards!.Count == 1);
        Assert.Contains(taken.Cards![0], s.P(1).Hand);
        Assert.True(taken.IsVisibleTo(1) && taken.IsVisibleTo(2));
        Assert.False(taken.IsVisibleTo(3) || taken.IsVisibleTo(-1));
        var seenByOthers = s.Engine.EventsSince(taken.Seq, 3).First(e => e.Kind == EventKind.CardsMoved);
        Assert.Equal((2, 1, 1), (seenByOthers.FromSeat, seenByOthers.ToSeat, seenByOthers.Count));
        Assert.Empty(seenByOthers.Cards!);
    }

    [Fact]
    public void Tuxi_declined_draws_two()
    {
        var s = AtTuxi();
        s.Pass(1);
        Assert.Equal(4 + 2, s.P(1).Hand.Count);
        Assert.All([0, 2, 3, 4], seat => Assert.True(s.P(seat).Hand.Count >= 4));
    }

    [Fact]
    public void Tuxi_is_not_offered_when_supply_shortage_skipped_the_draw_phase()
    {
        var s = Scenario.Start([[]], [CardName.ExNihilo, CardName.ExNihilo, new PileCard(CardName.Peach, Suit.Heart)], GameMode.Identity8, heroes: ["", "zhangliao"]);
        s.PlaceDelayed(1, CardName.SupplyShortage);
        s.EndPlay(0);
        Assert.Equal(RequestKind.Play, s.Req(1).Kind);
        Assert.Equal(4, s.P(1).Hand.Count);
        Assert.DoesNotContain(s.Engine.AllEvents, e => e.Kind == EventKind.SkillInvoked && e.Text == "tuxi");
    }

    [Fact]
    public void Smart_ai_takes_from_the_enemy_lord_first()
    {
        var s = AtTuxi([Role.Lord, Role.Rebel, Role.Loyalist, Role.Rebel, Role.Renegade]);
        var ai = new Ai.SmartAi(s.Engine.Settings);
        var invoke = ai.Decide(s.Engine, s.Req(1));
        Assert.False(invoke.Pass);
        Scenario.Ok(s.Engine.Submit(invoke));
        Assert.Equal("0", ai.Decide(s.Engine, s.Req(1)).Option);
    }
}
