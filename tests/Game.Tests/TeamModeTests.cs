using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Simulation;
using SanguoOrleans.Game.Skills;
using SanguoOrleans.Game.Views;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests;

/// <summary>2v2 and 1v1 (rules.md d.6, d.7) and team modes described by their sides.</summary>
public class TeamModeTests
{
    // Four-HP male heroes keep the starting hands at four cards, as Scenario pads them.
    private static readonly string[] FourHpHeroes = ["guanyu", "zhangfei", "lvbu", "xuchu", "ganning", "lvmeng"];

    private static GameSettings OneVsOneWithThreeHeroes(GameSettings settings) =>
        settings with { FixedHeroes = FourHpHeroes };

    /// <summary>Answers everything but the seat's play request and debut choices with a pass or the default.</summary>
    private static void Settle(Scenario s)
    {
        while (s.Engine.Pending.Count > 0 && s.Engine.Pending[0] is var r
            && r.Kind != RequestKind.Play && r.Reason != "debut")
        {
            var asked = s.Engine.Pending.First(p => s.Engine.PendingFor(p.Seat) is not null);
            Scenario.Ok(s.Engine.Submit(asked.CanPass ? Decision.PassOn(asked) : GameEngine.DefaultDecision(asked)));
        }
    }

    [Fact]
    public void Doubles_seats_loyalist_rebel_rebel_loyalist_with_every_role_public()
    {
        var engine = GameEngine.Create(new GameSettings(GameMode.Doubles), 3);
        Assert.Equal([Role.Loyalist, Role.Rebel, Role.Rebel, Role.Loyalist], engine.Players.Select(p => p.Role));
        Assert.Equal([0, 1, 1, 0], Enumerable.Range(0, 4).Select(engine.SideOf));
        Assert.All(engine.Players, p => Assert.True(p.RolePublic));
        Assert.All(engine.ViewFor(-1).Seats, s => Assert.NotNull(s.Role));
        Assert.Equal(160, engine.Cards.Length);
    }

    [Fact]
    public void A_sides_value_is_a_whole_mode_one_against_three()
    {
        var settings = new GameSettings(GameMode.Doubles, Teams: TeamRules.Sides(1, 3));
        Assert.Equal(4, settings.PlayerCount);
        Assert.Equal([1, 3], settings.TeamRules!.SideSizes);
        Assert.Equal([Role.Loyalist, Role.Rebel, Role.Rebel, Role.Rebel], settings.Roles);
        Assert.Equal(2, new GameSettings(GameMode.OneVsOne).PlayerCount);
    }

    [Fact]
    public void Team_modes_offer_every_player_a_disjoint_private_set_from_the_whole_pool_at_once()
    {
        var engine = GameEngine.Create(new GameSettings(GameMode.Doubles), 11);
        Assert.Equal(4, engine.Pending.Count);
        Assert.All(engine.Pending, r => Assert.Equal((RequestKind.ChooseHero, 5, DeadlineClass.HeroChoice), (r.Kind, r.Heroes.Count, r.Deadline)));
        var offered = engine.Pending.SelectMany(r => r.Heroes).ToList();
        Assert.Equal(offered.Count, offered.Distinct().Count());
        var firsts = engine.Pending.ToDictionary(r => r.Seat, r => r.Heroes[0]);
        foreach (var r in engine.Pending.ToList())
        {
            Scenario.Ok(engine.Submit(GameEngine.DefaultDecision(r)));
        }

        Assert.All(engine.Players, p => Assert.Equal(firsts[p.Seat], p.Hero!.Id));
        Assert.Equal(RequestKind.Play, engine.Pending[0].Kind);
    }

    [Fact]
    public void One_vs_one_drafts_three_of_six_and_plays_the_first_pick()
    {
        var engine = GameEngine.Create(new GameSettings(GameMode.OneVsOne), 5, new SkillRegistry());
        var offers = engine.Pending.ToDictionary(r => r.Seat, r => r.Heroes.ToList());
        Assert.All(offers.Values, o => Assert.Equal(6, o.Count));
        var picks = new Dictionary<int, List<string>> { [0] = [], [1] = [] };
        for (var round = 0; round < 3; round++)
        {
            foreach (var r in engine.Pending.ToList())
            {
                Assert.Equal(6 - round, r.Heroes.Count);
                var hero = r.Heroes[^1];
                picks[r.Seat].Add(hero);
                Scenario.Ok(engine.Submit(Decision.ChooseHero(r, hero)));
            }
        }

        Assert.Equal(picks[0], engine.HeroesOf(0));
        Assert.Equal(picks[1][0], engine.Players[1].Hero!.Id);
        Assert.Equal(picks[1].Skip(1), engine.ReserveOf(1));
        Assert.Equal(Math.Min(5, engine.Players[1].MaxHp), engine.Players[1].Hand.Count);
    }

    [Fact]
    public void The_fourth_seat_starts_with_five_cards_and_the_first_player_draws_one_fewer()
    {
        var s = Scenario.Start([], mode: GameMode.Doubles);
        Assert.Equal([5, 4, 4, 5], s.Engine.Players.Select(p => p.Hand.Count));
        var firstDraw = s.Engine.AllEvents.Where(e => e is { Kind: EventKind.CardsMoved, From: Zones.ZoneKind.DrawPile, ToSeat: 0, Visibility: Visibility.Only }).ToList();
        Assert.Equal(4 + 1, firstDraw.Sum(e => e.Count));
        s.EndPlay(0);
        Settle(s);
        Assert.Equal(6, s.P(1).Hand.Count);
    }

    [Fact]
    public void One_vs_one_starting_hands_are_the_heroes_max_hp()
    {
        var engine = GameEngine.Create(new GameSettings(GameMode.OneVsOne, FixedHeroes: ["zhugeliang", "lvbu"]), 2, new SkillRegistry());
        Assert.Equal(3 + 1, engine.Players[0].Hand.Count); // one fewer than 2 in the first draw phase
        Assert.Equal(4, engine.Players[1].Hand.Count);
    }

    [Fact]
    public void When_a_character_dies_the_surviving_teammate_draws_one_and_the_killer_nothing()
    {
        var s = Scenario.Start([[Slash]], mode: GameMode.Doubles);
        s.SetHp(1, 1);
        var killer = s.P(0).Hand.Count;
        var mate = s.P(2).Hand.Count;
        s.Use(0, Slash, 1);
        Settle(s);
        Assert.False(s.P(1).Alive);
        Assert.Equal(mate + 1, s.P(2).Hand.Count);
        Assert.Equal(killer - 1, s.P(0).Hand.Count);
        Assert.Null(s.Engine.Result);
    }

    [Fact]
    public void A_side_wins_when_every_enemy_is_dead()
    {
        var s = Scenario.Start([[Slash]], mode: GameMode.Doubles);
        s.Engine.Discard([.. s.P(2).Hand]);
        s.P(2).Alive = false;
        s.SetHp(1, 1);
        s.Use(0, Slash, 1);
        Settle(s);
        Assert.Equal(WinningSide.Team, s.Engine.Result!.Side);
        Assert.Equal([0, 3], s.Engine.Result.WinningSeats);
        Assert.Equal("Team", s.Engine.ViewFor(-1).Winner);
    }

    [Fact]
    public void A_teammate_sees_the_partners_hand_and_nobody_else_does()
    {
        var s = Scenario.Start([[Slash]], mode: GameMode.Doubles);
        Assert.Equal(s.P(0).Hand, s.Engine.ViewFor(3).Seats[0].Hand);
        Assert.Equal(s.P(3).Hand, s.Engine.ViewFor(0).Seats[3].Hand);
        Assert.Empty(s.Engine.ViewFor(1).Seats[0].Hand);
        Assert.Empty(s.Engine.ViewFor(-1).Seats[0].Hand);
        Assert.Empty(s.Engine.ViewFor(0).Seats[1].Hand);
        foreach (var viewer in new[] { -1, 0, 1, 2, 3 })
        {
            var folder = new ViewFolder(viewer);
            foreach (var e in s.Engine.EventsSince(-1, viewer))
            {
                folder.Apply(e);
            }

            Assert.Equivalent(s.Engine.ViewFor(viewer), folder.ToView(), strict: true);
        }
    }

    [Fact]
    public void One_vs_one_hands_stay_private()
    {
        var s = Scenario.Start([[Slash]], mode: GameMode.OneVsOne, configure: OneVsOneWithThreeHeroes);
        Assert.Empty(s.Engine.ViewFor(1).Seats[0].Hand);
        Assert.NotEmpty(s.Engine.ViewFor(0).Seats[0].Hand);
    }

    [Fact]
    public void In_one_vs_one_the_next_hero_debuts_with_a_fresh_hand_and_full_hp()
    {
        var s = Scenario.Start([[Slash]], mode: GameMode.OneVsOne, configure: OneVsOneWithThreeHeroes);
        var oldHand = s.P(1).Hand.ToList();
        s.SetHp(1, 1);
        s.Use(0, Slash, 1);
        Settle(s);
        Assert.Contains(s.Engine.AllEvents, e => e is { Kind: EventKind.HeroDefeated, Seat: 1, Text: "xuchu" });
        var debut = s.Req(1);
        Assert.Equal((RequestKind.ChooseHero, "debut"), (debut.Kind, debut.Reason));
        Assert.Equal(["ganning", "lvmeng"], debut.Heroes);
        Scenario.Ok(s.Engine.Submit(Decision.ChooseHero(debut, "lvmeng")));
        Assert.True(s.P(1).Alive);
        Assert.Equal(("lvmeng", 4, 4), (s.P(1).Hero!.Id, s.P(1).Hp, s.P(1).MaxHp));
        Assert.Equal(4, s.P(1).Hand.Count);
        Assert.Empty(s.P(1).Hand.Intersect(oldHand));
        Assert.Equal(["ganning"], s.Engine.ReserveOf(1));
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
    }

    [Fact]
    public void A_hero_that_dies_in_its_own_turn_ends_that_turn()
    {
        var s = Scenario.Start([[Duel], [Slash]], mode: GameMode.OneVsOne, configure: OneVsOneWithThreeHeroes);
        s.SetHp(0, 1);
        s.Use(0, Duel, 1);
        s.PassAllNullifications();
        s.Respond(1, Slash);
        Settle(s);
        Scenario.Ok(s.Engine.Submit(GameEngine.DefaultDecision(s.Req(0))));
        Assert.Equal("zhangfei", s.P(0).Hero!.Id);
        Settle(s);
        Assert.Equal(1, s.Engine.CurrentSeat);
        Assert.Equal(RequestKind.Play, s.Req(1).Kind);
    }

    [Fact]
    public void The_player_whose_third_hero_dies_loses()
    {
        var s = Scenario.Start([[Slash]], mode: GameMode.OneVsOne, configure: OneVsOneWithThreeHeroes);
        for (var death = 1; death <= 3; death++)
        {
            s.Give(0, Slash);
            s.P(0).SlashesThisPhase = 0;
            s.SetHp(1, 1);
            s.Use(0, Slash, 1);
            Settle(s);
            if (death < 3)
            {
                Assert.Null(s.Engine.Result);
                if (s.Engine.PendingFor(1) is { Reason: "debut" } debut)
                {
                    Scenario.Ok(s.Engine.Submit(GameEngine.DefaultDecision(debut)));
                }

                Settle(s);
            }
        }

        Assert.False(s.P(1).Alive);
        Assert.Equal(WinningSide.Team, s.Engine.Result!.Side);
        Assert.Equal([0], s.Engine.Result.WinningSeats);
    }

    [Fact]
    public void Fixed_hp_starts_a_carried_hero_wounded_or_above_its_max_and_leaves_the_others_full()
    {
        string[] heroes = ["guanyu", "lvbu", "zhangfei", "xuchu"];
        var settings = new GameSettings(GameMode.Doubles, Teams: TeamRules.Sides(1, 3), FixedHeroes: heroes, FixedHp: [2, 0, 0, 0]);
        var wounded = GameEngine.Create(settings, 1);
        var strong = GameEngine.Create(settings with { FixedHp = [5, 0, 0, 0] }, 1);

        Assert.Equal((2, 4), (wounded.Players[0].Hp, wounded.Players[0].MaxHp));
        Assert.Equal((5, 5), (strong.Players[0].Hp, strong.Players[0].MaxHp));
        Assert.All(wounded.Players.Skip(1), p => Assert.Equal(p.MaxHp, p.Hp));
        Assert.Contains(wounded.AllEvents, e => e.Kind == EventKind.HeroChosen && e.Seat == 0 && e.Hp == 2 && e.MaxHp == 4);
    }

    [Fact]
    public void Fixed_max_hp_gives_a_carried_hero_the_max_hp_it_has_in_the_activity_even_when_wounded()
    {
        string[] heroes = ["guanyu", "lvbu", "zhangfei", "xuchu"];
        var settings = new GameSettings(GameMode.Doubles, Teams: TeamRules.Sides(1, 3), FixedHeroes: heroes, FixedHp: [3, 0, 0, 0], FixedMaxHp: [5, 0, 0, 0]);
        var engine = GameEngine.Create(settings, 1);

        Assert.Equal((3, 5), (engine.Players[0].Hp, engine.Players[0].MaxHp));
        Assert.Equal((4, 4), (engine.Players[1].Hp, engine.Players[1].MaxHp));
        Assert.Contains(engine.AllEvents, e => e.Kind == EventKind.HeroChosen && e.Seat == 0 && e.Hp == 3 && e.MaxHp == 5);
    }

    [Fact]
    public void A_one_against_three_game_runs_to_the_end()
    {
        var settings = new GameSettings(GameMode.Doubles, Teams: TeamRules.Sides(1, 3));
        var sides = new HashSet<int>();
        for (var i = 0; i < 20; i++)
        {
            var engine = Simulator.PlayOne(settings, Simulator.GameSeed(5, i));
            var result = engine.Result!;
            Assert.True(Invariants.Hold(engine), Invariants.Check(engine));
            if (result.Side == WinningSide.Team)
            {
                var side = engine.SideOf(result.WinningSeats[0]);
                Assert.Equal(side == 0 ? [0] : [1, 2, 3], result.WinningSeats);
                Assert.All(engine.Players.Where(p => engine.SideOf(p.Seat) != side), p => Assert.False(p.Alive));
                sides.Add(side);
            }
        }

        Assert.Contains(1, sides);
    }
}
