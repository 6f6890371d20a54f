using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Modes;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests;

public class AiTests
{
    private static readonly SmartAi Ai = new(new GameSettings());

    private static Decision Decide(Scenario s, int seat) => Ai.Decide(s.Engine.ViewFor(seat), s.Req(seat));

    [Fact]
    public void Smart_ai_saves_itself_with_a_peach_when_dying()
    {
        var s = Scenario.Start([[Slash], [Peach]]);
        s.SetHp(1, 1);
        s.Use(0, Slash, 1);
        var d = Decide(s, 1);
        Assert.False(d.Pass);
        Assert.Equal(Peach, s.Engine.CardOf(d.Cards[0]).Name);
    }

    [Fact]
    public void Smart_ai_dodges_a_slash_with_jink()
    {
        var s = Scenario.Start([[Slash], [Jink]]);
        s.Use(0, Slash, 1);
        var d = Decide(s, 1);
        Assert.Equal(Jink, s.Engine.CardOf(d.Cards[0]).Name);
    }

    [Fact]
    public void Smart_ai_equips_armor_into_an_empty_slot()
    {
        var s = Scenario.Start([[EightDiagram]]);
        var d = Decide(s, 0);
        Assert.Equal(EightDiagram, s.Engine.CardOf(d.Cards[0]).Name);
    }

    [Fact]
    public void A_rebel_ai_attacks_the_lord()
    {
        var s = Scenario.Start([[]], roles: [Role.Lord, Role.Rebel, Role.Loyalist, Role.Rebel, Role.Renegade]);
        s.EndPlay(0);
        s.Give(1, Slash);
        var req = s.Req(1);
        if (req.Kind != RequestKind.Play)
        {
            Scenario.Ok(s.Engine.Submit(Flow.GameEngine.DefaultDecision(req)));
        }

        var d = Decide(s, 1);
        Assert.Equal([0], d.Targets);
    }

    [Fact]
    public void The_ai_slashes_a_renwang_shield_with_a_red_slash_not_a_black_one()
    {
        var s = Scenario.Start([[], [Slash]], [ExNihilo, ExNihilo, new PileCard(Slash, Suit.Heart)], roles: [Role.Lord, Role.Rebel, Role.Loyalist, Role.Rebel, Role.Renegade]);
        s.Equip(0, NiohShield);
        s.EndPlay(0);
        s.KeepOnly(1, Slash, Slash);
        var colours = s.P(1).Hand.Select(c => s.Engine.CardOf(c).Suit.IsRed()).Order().ToArray();
        Assert.Equal([false, true], colours);

        var d = Decide(s, 1);
        Assert.Equal([0], d.Targets);
        Assert.True(s.Engine.CardOf(d.Cards[0]).Suit.IsRed());
    }

    [Fact]
    public void The_ai_throws_no_black_slash_into_a_renwang_shield()
    {
        var s = Scenario.Start([[], [Slash]], roles: [Role.Lord, Role.Rebel, Role.Loyalist, Role.Rebel, Role.Renegade]);
        s.Equip(0, NiohShield);
        s.EndPlay(0);
        s.KeepOnly(1, Slash);
        Assert.False(s.Engine.CardOf(s.P(1).Hand[0]).Suit.IsRed());

        var d = Decide(s, 1);
        Assert.True(d.Pass || !d.Targets.Contains(0), $"slashed the shield with targets [{string.Join(",", d.Targets)}]");
    }

    [Fact]
    public void Over_the_hand_limit_the_ai_keeps_a_slash_rather_than_a_third_jink()
    {
        var s = Scenario.Start([[Jink, Jink, Jink, Slash]]);
        s.KeepOnly(0, Jink, Jink, Jink, Slash);
        s.SetHp(0, 2);
        s.Pass(0);
        var discard = s.Req(0);
        Assert.Equal(("discard_phase", 2), (discard.Reason, discard.MinCount));

        var d = Decide(s, 0);
        Assert.All(d.Cards, c => Assert.Equal(Jink, s.Engine.CardOf(c).Name));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_lord_attacks_players_it_knows_nothing_about_once_its_last_loyalist_is_dead(bool loyalistDead)
    {
        var s = Scenario.Start([[Slash]]);
        s.KeepOnly(0, Slash);
        if (loyalistDead)
        {
            s.Engine.Discard([.. s.P(1).Hand]);
            s.P(1).Alive = false;
            s.P(1).RolePublic = true;
            s.Engine.RefreshPlayRequest();
        }

        var d = Decide(s, 0);
        Assert.Equal(loyalistDead, !d.Pass);
        Assert.DoesNotContain(1, d.Targets);
    }

    [Fact]
    public void The_ai_dismantles_the_plus_one_horse_that_keeps_its_enemy_out_of_reach_before_his_armor()
    {
        var s = Scenario.Start([[Dismantlement]], mode: GameMode.Doubles);
        s.Equip(1, EightDiagram);
        s.Equip(1, Dilu);
        s.Use(0, Dismantlement, 1);
        s.PassAllNullifications();
        Assert.Equal("dismantlement", s.Req(0).Reason);

        var d = Decide(s, 0);
        Assert.Equal(Dilu, s.Engine.CardOf(d.Cards[0]).Name);
    }

    [Fact]
    public void The_ai_replaces_its_weapon_by_one_that_reaches_an_enemy_out_of_range()
    {
        var s = Scenario.Start([[Halberd]], mode: GameMode.Doubles);
        s.KeepOnly(0, Halberd);
        s.Equip(0, Crossbow);
        s.Equip(1, Dilu);
        s.Equip(2, Jueying);

        var d = Decide(s, 0);
        Assert.Equal(Halberd, s.Engine.CardOf(Assert.Single(d.Cards)).Name);
    }

    [Fact]
    public void A_loyalist_ai_does_not_nullify_the_lords_ex_nihilo()
    {
        var s = Scenario.Start([[ExNihilo], [Nullification]]);
        s.Use(0, ExNihilo);
        Assert.True(Decide(s, 1).Pass);
    }

    [Fact]
    public void Trust_ai_dodges_but_otherwise_gives_the_default_answer()
    {
        var trust = new TrustAi();
        var s = Scenario.Start([[Slash], [Jink]]);
        Assert.True(trust.Decide(s.Engine.ViewFor(0), s.Req(0)).Pass);
        s.Use(0, Slash, 1);
        var d = trust.Decide(s.Engine.ViewFor(1), s.Req(1));
        Assert.Equal(Jink, s.Engine.CardOf(d.Cards[0]).Name);
    }

    [Fact]
    public void The_ai_sees_no_other_hand_in_its_view()
    {
        var s = Scenario.Start([[Slash], [Jink]]);
        var view = s.Engine.ViewFor(0);
        Assert.All(view.Seats.Where(x => x.Seat != 0), seat => Assert.Empty(seat.Hand));
        Assert.NotEmpty(view.Seats[0].Hand);
        Assert.All(view.Seats.Skip(1), seat => Assert.True(seat.Role is null));
    }

    [Theory]
    [InlineData(GameMode.Identity8)]
    [InlineData(GameMode.Identity5)]
    public void Live_view_decisions_equal_player_view_decisions_over_whole_games(GameMode mode)
    {
        // The AI's fast path reads the live state; it must answer exactly as from the PlayerView snapshot, and the
        // trust AI must not depend on the view at all.
        var settings = new GameSettings(mode);
        var smart = new SmartAi(settings);
        var trust = new TrustAi();
        for (ulong seed = 1; seed <= 12; seed++)
        {
            var engine = Flow.GameEngine.Create(settings, Simulation.Simulator.GameSeed(7, (int)seed));
            for (var n = 0; !engine.IsOver && n < 50_000; n++)
            {
                var request = engine.Pending.First(r => engine.PendingFor(r.Seat) is not null);
                var view = engine.ViewFor(request.Seat);
                var live = smart.Decide(engine, request);
                AssertSame(smart.Decide(view, request), live);
                AssertSame(trust.Decide(view, request), trust.Decide(engine, request));
                AssertSame(smart.Decide(view, request), ((IDecisionMaker)smart).Decide(engine, request));
                if (!engine.Submit(live).Accepted)
                {
                    Scenario.Ok(engine.Submit(Flow.GameEngine.DefaultDecision(request)));
                }
            }

            Assert.True(engine.IsOver);
        }
    }

    private static void AssertSame(Decision expected, Decision actual)
    {
        Assert.Equal(expected.RequestId, actual.RequestId);
        Assert.Equal(expected.Seat, actual.Seat);
        Assert.Equal(expected.Pass, actual.Pass);
        Assert.Equal(expected.Cards, actual.Cards);
        Assert.Equal(expected.Targets, actual.Targets);
        Assert.Equal(expected.Option, actual.Option);
        Assert.Equal(expected.Hero, actual.Hero);
    }
}
