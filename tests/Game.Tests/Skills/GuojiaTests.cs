using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Skills;
using SanguoOrleans.Game.Zones;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class GuojiaTests
{
    [Fact]
    public void Yiji_shows_the_top_two_cards_to_the_owner_alone_and_hands_them_to_a_teammate()
    {
        // Seat 0 is the lord, seat 1 (郭嘉) its loyalist.
        var s = Scenario.Start([[], [], [Slash]], heroes: ["", "guojia"]);
        s.EndPlay(0);
        s.EndPlay(1);
        var top = new[] { s.Engine.DrawPile[^1], s.Engine.DrawPile[^2] };
        s.Use(2, Slash, 1);
        s.Choose(1, "invoke");
        var seen = s.Engine.AllEvents.Last(e => e.Kind == EventKind.CardsSeen && e.Visibility == Visibility.Only);
        Assert.Equal([1], seen.Audience);
        Assert.Equal(top, seen.Cards);
        Assert.All(Enumerable.Range(-1, 6).Where(v => v != 1), v => Assert.DoesNotContain(s.Engine.EventsSince(-1, v), e => e.Cards?.Intersect(top).Any() == true));

        var pick = s.Req(1);
        Assert.Equal("yiji", pick.Reason);
        Assert.Equal(top, pick.Cards);
        Scenario.Ok(s.Engine.Submit(Decision.With(pick, top)));
        var to = s.Req(1);
        Assert.Equal("yiji_to", to.Reason);
        s.Choose(1, SeatOption.Of(0));
        Assert.All(top, c => Assert.Equal(new CardLocation(ZoneKind.Hand, 0), s.Engine.Locations[c]));
        Assert.Contains(s.Engine.EventsSince(-1, 0), e => e.Kind == EventKind.CardsMoved && e.ToSeat == 0 && e.Cards!.SequenceEqual(top));
        Assert.DoesNotContain(s.Engine.EventsSince(-1, 3), e => e.Cards?.Intersect(top).Any() == true);
    }

    [Fact]
    public void Yiji_asks_once_per_damage_point_and_cards_may_go_to_different_players()
    {
        var s = Scenario.Start([[], [], [Slash, Analeptic]], mode: Modes.GameMode.Identity8, heroes: ["", "guojia"]);
        s.EndPlay(0);
        s.EndPlay(1);
        s.Use(2, Analeptic);
        s.Use(2, Slash, 1);
        s.Choose(1, "invoke");
        var first = s.Req(1).Cards.ToArray();
        s.Pick(1, first[0]);
        s.Choose(1, SeatOption.Of(1));
        Assert.Equal("yiji_to", s.Req(1).Reason);
        s.Choose(1, SeatOption.Of(0));
        Assert.Equal((new CardLocation(ZoneKind.Hand, 1), new CardLocation(ZoneKind.Hand, 0)), (s.Engine.Locations[first[0]], s.Engine.Locations[first[1]]));
        Assert.Equal("skill:yiji", s.Req(1).Reason);
    }

    [Fact]
    public void Tiandu_obtains_the_judgement_card()
    {
        var s = Scenario.Start([[Indulgence]], [ExNihilo, ExNihilo, new PileCard(Jink, Suit.Diamond)], heroes: ["", "guojia"]);
        var judged = s.Engine.DrawPile[^1];
        s.Use(0, Indulgence, 1);
        s.EndPlay(0);
        Assert.Equal("skill:tiandu", s.Req(1).Reason);
        s.Choose(1, "invoke");
        Assert.Equal(new CardLocation(ZoneKind.Hand, 1), s.Engine.Locations[judged]);
        Assert.Equal("discard_phase", s.Req(1).Reason);
    }

    private static Scenario GuojiaWithLuoshen(params PileCard[] judgements)
    {
        var s = Scenario.Start([[]], [ExNihilo, ExNihilo, .. judgements], heroes: ["", "guojia"], beforeTurn: e => e.GrantSkill(1, "luoshen"));
        s.EndPlay(0);
        s.Choose(1, "invoke");
        return s;
    }

    [Fact]
    public void One_player_with_two_skills_at_one_timing_chooses_their_order()
    {
        var s = GuojiaWithLuoshen(new PileCard(Slash, Suit.Spade), new PileCard(Jink, Suit.Diamond));
        var black = s.Engine.AllEvents.Last(e => e.Kind == EventKind.Judged).Cards![0];
        var order = s.Req(1);
        Assert.Equal((RequestKind.ChooseOption, "trigger_order"), (order.Kind, order.Reason));
        Assert.Equal(["tiandu", "luoshen"], order.Options);
        s.Choose(1, "tiandu");
        Assert.Equal(new CardLocation(ZoneKind.Hand, 1), s.Engine.Locations[black]);
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == EventKind.SkillInvoked && e.Text == "tiandu");
        Assert.Equal("skill:luoshen", s.Req(1).Reason);
    }

    [Fact]
    public void Passing_the_order_request_declines_the_optional_skill_but_the_compulsory_part_resolves()
    {
        var s = GuojiaWithLuoshen(new PileCard(Slash, Suit.Spade), new PileCard(Jink, Suit.Diamond));
        var black = s.Engine.AllEvents.Last(e => e.Kind == EventKind.Judged).Cards![0];
        s.Pass(1);
        Assert.Equal(new CardLocation(ZoneKind.Hand, 1), s.Engine.Locations[black]);
        Assert.DoesNotContain(s.Engine.AllEvents, e => e.Kind == EventKind.SkillInvoked && e.Text == "tiandu");
        Assert.Equal("skill:luoshen", s.Req(1).Reason);
    }

    [Fact]
    public void Tiandu_obtains_the_last_red_judgement_of_luoshen()
    {
        var s = GuojiaWithLuoshen(new PileCard(Slash, Suit.Spade), new PileCard(Jink, Suit.Diamond));
        s.Pass(1);
        s.Choose(1, "invoke");
        var red = s.Engine.AllEvents.Last(e => e.Kind == EventKind.Judged).Cards![0];
        Assert.True(s.Engine.CardOf(red).Suit.IsRed());
        Assert.Equal("skill:tiandu", s.Req(1).Reason);
        s.Choose(1, "invoke");
        Assert.Equal(new CardLocation(ZoneKind.Hand, 1), s.Engine.Locations[red]);
        Assert.Equal(RequestKind.Play, s.Req(1).Kind);
    }

    [Fact]
    public void Smart_ai_hands_yiji_cards_to_a_friend()
    {
        var s = Scenario.Start([[], [], [Slash]], heroes: ["", "guojia"]);
        s.EndPlay(0);
        s.EndPlay(1);
        s.Use(2, Slash, 1);
        Assert.False(SkillAi.Decide(s, 1).Pass);
        s.Choose(1, "invoke");
        Scenario.Ok(s.Engine.Submit(SkillAi.Decide(s, 1)));
        Assert.Equal(SeatOption.Of(0), SkillAi.Decide(s, 1).Option);
    }
}
