using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Modes;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests;

public class BasicCardTests
{
    [Fact]
    public void Slash_without_jink_deals_one_damage_to_a_target_in_range()
    {
        var s = Scenario.Start([[Slash]]);
        var hp = s.P(1).Hp;
        s.Use(0, Slash, 1);
        Assert.Equal(hp - 1, s.P(1).Hp);
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
    }

    [Fact]
    public void Jink_cancels_a_slash()
    {
        var s = Scenario.Start([[Slash], [Jink]]);
        var hp = s.P(1).Hp;
        s.Use(0, Slash, 1);
        Assert.Equal(RequestKind.Respond, s.Req(1).Kind);
        s.Respond(1, Jink);
        Assert.Equal(hp, s.P(1).Hp);
        Assert.DoesNotContain(s.P(1).Hand, c => s.Engine.CardOf(c).Name == Jink);
    }

    [Fact]
    public void Slash_is_limited_to_once_per_play_phase_without_crossbow()
    {
        var s = Scenario.Start([[Slash, Slash]]);
        s.Use(0, Slash, 1);
        Assert.DoesNotContain(s.Req(0).Plays, p => CardRules.IsSlash(p.As));
    }

    [Fact]
    public void Crossbow_lifts_the_slash_limit()
    {
        var s = Scenario.Start([[Slash, Slash, Crossbow]]);
        s.Use(0, Crossbow);
        s.Use(0, Slash, 1);
        s.Use(0, Slash, 1);
        Assert.Equal(s.P(1).MaxHp - 2, s.P(1).Hp);
    }

    [Fact]
    public void Slash_on_a_target_out_of_range_is_refused_and_changes_nothing()
    {
        var s = Scenario.Start([[Slash]]);
        var before = s.Engine.StateHash();
        var r = s.Engine.Submit(Decision.With(s.Req(0), [s.Card(0, Slash)], [2]));
        Assert.False(r.Accepted);
        Assert.Equal(RefusalReason.IllegalTargets, r.Reason);
        Assert.Equal(before, s.Engine.StateHash());
    }

    [Fact]
    public void Peach_heals_only_a_wounded_user()
    {
        var s = Scenario.Start([[Peach]]);
        Assert.DoesNotContain(s.Req(0).Plays, p => p.As == Peach);
        s.SetHp(0, 2);
        s.Use(0, Peach);
        Assert.Equal(3, s.P(0).Hp);
    }

    [Fact]
    public void Analeptic_adds_one_damage_to_the_next_slash_and_is_once_per_turn()
    {
        var s = Scenario.Start([[Analeptic, Analeptic, Slash]], mode: GameMode.Identity8);
        s.Use(0, Analeptic);
        Assert.DoesNotContain(s.Req(0).Plays, p => p.As == Analeptic);
        s.Use(0, Slash, 1);
        Assert.Equal(s.P(1).MaxHp - 2, s.P(1).Hp);
    }

    [Fact]
    public void A_dying_player_may_save_themselves_with_analeptic()
    {
        var s = Scenario.Start([[Slash], [Analeptic]], mode: GameMode.Identity8);
        s.SetHp(1, 1);
        s.Use(0, Slash, 1);
        var ask = s.Req(1);
        Assert.Equal(RequestKind.Peach, ask.Kind);
        Assert.Contains(Analeptic, ask.Wanted);
        s.Respond(1, Analeptic);
        Assert.Equal(1, s.P(1).Hp);
        Assert.True(s.P(1).Alive);
    }

    [Fact]
    public void Peaches_are_asked_in_seat_order_from_the_current_player_and_one_saves()
    {
        var s = Scenario.Start([[Slash, Peach], [], [Peach]]);
        s.SetHp(1, 1);
        s.Use(0, Slash, 1);
        Assert.Equal(RequestKind.Peach, s.Req(0).Kind);
        s.Pass(0);
        Assert.Equal(RequestKind.Peach, s.Req(2).Kind);
        s.Respond(2, Peach);
        Assert.Equal(1, s.P(1).Hp);
        Assert.True(s.P(1).Alive);
    }

    [Fact]
    public void A_dying_player_nobody_saves_dies_and_reveals_the_role()
    {
        var s = Scenario.Start([[Slash]]);
        s.SetHp(2, 1);
        s.Equip(0, Chitu);
        s.Use(0, Slash, 2);
        Assert.False(s.P(2).Alive);
        Assert.True(s.P(2).RolePublic);
        Assert.Contains(s.Engine.EventsSince(-1, 3), e => e.Kind == Events.EventKind.Died && e.Seat == 2 && e.Text == "Rebel");
    }
}
