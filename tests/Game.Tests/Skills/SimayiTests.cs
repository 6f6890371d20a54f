using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Zones;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests.Skills;

public class SimayiTests
{
    [Fact]
    public void Fankui_takes_a_random_hand_card_from_the_source()
    {
        var s = Scenario.Start([[Slash]], heroes: ["", "simayi"]);
        s.Use(0, Slash, 1);
        var (mine, theirs) = (s.P(1).Hand.Count, s.P(0).Hand.Count);
        s.Choose(1, "invoke");
        var choose = s.Req(1);
        Assert.Equal((RequestKind.ChooseCard, "fankui"), (choose.Kind, choose.Reason));
        s.Choose(1, "hand");
        Assert.Equal((mine + 1, theirs - 1), (s.P(1).Hand.Count, s.P(0).Hand.Count));
    }

    [Fact]
    public void Fankui_may_take_a_visible_equipment_card()
    {
        var s = Scenario.Start([[Slash]], heroes: ["", "simayi"]);
        s.Equip(0, EightDiagram);
        var armor = s.P(0).EquipOf(EquipSlot.Armor);
        s.Use(0, Slash, 1);
        s.Choose(1, "invoke");
        s.Pick(1, armor);
        Assert.Equal(new CardLocation(ZoneKind.Hand, 1), s.Engine.Locations[armor]);
    }

    [Fact]
    public void Guicai_replaces_a_lightning_judgement_so_it_misses()
    {
        var s = Scenario.Start([[], [Peach]], [ExNihilo, ExNihilo, new PileCard(Slash, Suit.Spade, 8)], heroes: ["", "simayi"]);
        var lightning = s.PlaceDelayed(1, Lightning);
        var judged = s.Engine.DrawPile[^1];
        s.EndPlay(0);
        var ask = s.Req(1);
        Assert.Equal((RequestKind.SelectCards, "guicai:lightning"), (ask.Kind, ask.Reason));
        var heart = s.P(1).Hand.First(c => s.Engine.CardOf(c).Suit == Suit.Heart);
        s.Pick(1, heart);
        Assert.Equal(s.P(1).MaxHp, s.P(1).Hp);
        Assert.Equal(new CardLocation(ZoneKind.Judge, 2), s.Engine.Locations[lightning]);
        Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[judged].Zone);
        Assert.Equal(ZoneKind.DiscardPile, s.Engine.Locations[heart].Zone);
    }

    [Fact]
    public void Guicai_of_another_player_turns_an_indulgence_judgement()
    {
        var s = Scenario.Start([[Indulgence], [], [Peach]], [ExNihilo, ExNihilo, new PileCard(Jink, Suit.Diamond)], heroes: ["", "", "simayi"]);
        s.Use(0, Indulgence, 1);
        s.EndPlay(0);
        var heart = s.P(2).Hand.First(c => s.Engine.CardOf(c).Suit == Suit.Heart);
        Assert.Equal("guicai:indulgence", s.Req(2).Reason);
        s.Pick(2, heart);
        Assert.Equal(RequestKind.Play, s.Req(1).Kind);
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == EventKind.Judged && e.Text == "retrial" && e.Target == 2);
    }

    [Fact]
    public void Guicai_declined_keeps_the_judgement()
    {
        var s = Scenario.Start([[Indulgence], [], [Peach]], [ExNihilo, ExNihilo, new PileCard(Jink, Suit.Diamond)], heroes: ["", "", "simayi"]);
        s.Use(0, Indulgence, 1);
        s.EndPlay(0);
        s.Pass(2);
        Assert.Equal("discard_phase", s.Req(1).Reason);
    }

    [Fact]
    public void Smart_ai_turns_its_own_indulgence_judgement_with_a_heart()
    {
        var s = Scenario.Start([[Indulgence], [Peach]], [ExNihilo, ExNihilo, new PileCard(Jink, Suit.Diamond)], heroes: ["", "simayi"]);
        s.Use(0, Indulgence, 1);
        s.EndPlay(0);
        var d = SkillAi.Decide(s, 1);
        Assert.False(d.Pass);
        Assert.Equal(Suit.Heart, s.Engine.CardOf(d.Cards[0]).Suit);
    }

    [Fact]
    public void Smart_ai_keeps_a_judgement_already_in_its_favour()
    {
        var s = Scenario.Start([[Indulgence], [Peach]], [ExNihilo, ExNihilo, new PileCard(Jink, Suit.Heart)], heroes: ["", "simayi"]);
        s.Use(0, Indulgence, 1);
        s.EndPlay(0);
        Assert.StartsWith("guicai:", s.Req(1).Reason);
        Assert.True(SkillAi.Decide(s, 1).Pass);
    }
}
