using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Zones;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests;

public class DelayedTrickTests
{
    [Fact]
    public void Indulgence_judged_not_heart_skips_the_play_phase()
    {
        var s = Scenario.Start([[Indulgence]], [ExNihilo, ExNihilo, new PileCard(Jink, Suit.Diamond)]);
        s.Use(0, Indulgence, 1);
        s.EndPlay(0);
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == EventKind.PhaseSkipped && e.Seat == 1 && e.Text == "Play");
        Assert.Equal("discard_phase", s.Req(1).Reason);
    }

    [Fact]
    public void Indulgence_judged_heart_lets_the_player_play()
    {
        var s = Scenario.Start([[Indulgence]], [ExNihilo, ExNihilo, new PileCard(Jink, Suit.Heart)]);
        s.Use(0, Indulgence, 1);
        s.EndPlay(0);
        Assert.Equal(RequestKind.Play, s.Req(1).Kind);
    }

    [Fact]
    public void Supply_shortage_judged_not_club_skips_the_draw_phase()
    {
        var s = Scenario.Start([[SupplyShortage]], [ExNihilo, ExNihilo, new PileCard(Jink, Suit.Heart)], GameMode.Identity8);
        s.Use(0, SupplyShortage, 1);
        s.EndPlay(0);
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == EventKind.PhaseSkipped && e.Seat == 1 && e.Text == "Draw");
        Assert.Equal(4, s.P(1).Hand.Count);
    }

    [Fact]
    public void Delayed_tricks_resolve_last_placed_first()
    {
        var s = Scenario.Start([[Indulgence, SupplyShortage]], [ExNihilo, ExNihilo, new PileCard(Jink, Suit.Heart), new PileCard(Jink, Suit.Heart)], GameMode.Identity8);
        s.Use(0, Indulgence, 1);
        s.Use(0, SupplyShortage, 1);
        s.EndPlay(0);
        var judged = s.Engine.AllEvents.Where(e => e.Kind == EventKind.Judged).Select(e => e.Text).ToList();
        Assert.Equal(["supply_shortage", "indulgence"], judged);
    }

    [Fact]
    public void Lightning_judged_spade_two_to_nine_deals_three_thunder_damage()
    {
        var s = Scenario.Start([[]], [ExNihilo, ExNihilo, new PileCard(Slash, Suit.Spade, 8)]);
        var lightning = s.PlaceDelayed(1, Lightning);
        s.EndPlay(0);
        Assert.Equal(s.P(1).MaxHp - 3, s.P(1).Hp);
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == EventKind.Damaged && e.Target == 1 && e.Text == "Thunder" && e.Seat == -1);
        Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[lightning].Zone);
    }

    [Fact]
    public void Lightning_that_misses_moves_to_the_next_player()
    {
        var s = Scenario.Start([[]], [ExNihilo, ExNihilo, new PileCard(Jink, Suit.Heart)]);
        var lightning = s.PlaceDelayed(1, Lightning);
        s.EndPlay(0);
        Assert.Equal(new CardLocation(ZoneKind.Judge, 2), s.Engine.Locations[lightning]);
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
    }

    [Fact]
    public void Lightning_can_only_be_placed_on_oneself_once()
    {
        var s = Scenario.Start([[Lightning, Lightning]]);
        s.Use(0, Lightning);
        Assert.Single(s.P(0).Judge);
        Assert.DoesNotContain(s.Req(0).Plays, p => p.As == Lightning);
    }

    [Fact]
    public void Nullified_indulgence_has_no_judgement()
    {
        var s = Scenario.Start([[Indulgence], [Nullification]], [ExNihilo, ExNihilo]);
        s.Use(0, Indulgence, 1);
        s.EndPlay(0);
        Assert.Equal(RequestKind.Nullify, s.Req(1).Kind);
        s.Respond(1, Nullification);
        Assert.DoesNotContain(s.Engine.AllEvents, e => e.Kind == EventKind.Judged);
        Assert.Equal(RequestKind.Play, s.Req(1).Kind);
    }
}
