using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Skills;
using static SanguoOrleans.Game.Cards.CardName;

namespace SanguoOrleans.Game.Tests;

public class TriggerTests
{
    /// <summary>A test skill: draws one card at a timing, for its owner or for anyone.</summary>
    private sealed class DrawSkill(string id, bool locked, TriggerTiming timing, Func<int, TriggerData, bool> when) : ISkill
    {
        public string Id => id;

        public bool IsLocked => locked;

        public IReadOnlyList<TriggerTiming> Timings => [timing];

        public bool CanTrigger(GameEngine engine, int owner, TriggerData data) => when(owner, data);

#pragma warning disable CS1998
        public async RuleTask Resolve(GameEngine engine, int owner, TriggerData data) => engine.Draw(owner, 1);
#pragma warning restore CS1998
    }

    /// <summary>A 鬼才-like retrial skill: replaces any judgement with a hand card of the owner's choice.</summary>
    private sealed class RetrialSkill : ISkill
    {
        public string Id => "retrial";

        public bool IsLocked => false;

        public IReadOnlyList<TriggerTiming> Timings => [TriggerTiming.AskForRetrial];

        public bool CanTrigger(GameEngine engine, int owner, TriggerData data) => engine.Players[owner].Hand.Count > 0;

        public async RuleTask Resolve(GameEngine engine, int owner, TriggerData data)
        {
            var pick = await engine.Ask(engine.Request(owner, RequestKind.SelectCards, "retrial", cards: [.. engine.Players[owner].Hand], minCount: 1, maxCount: 1, canPass: false));
            engine.Retrial(data, pick!.Cards[0], owner);
        }
    }

    /// <summary>A 苦肉-like cost: loses 1 HP at the start of the owner's finish phase.</summary>
    private sealed class BleedSkill : ISkill
    {
        public string Id => "bleed";

        public bool IsLocked => true;

        public IReadOnlyList<TriggerTiming> Timings => [TriggerTiming.PhaseStart];

        public bool CanTrigger(GameEngine engine, int owner, TriggerData data) => data.Seat == owner && data.Phase == Phase.Finish;

        public RuleTask Resolve(GameEngine engine, int owner, TriggerData data) => engine.LoseHp(owner, 1);
    }

    private static SkillRegistry Registry() => new SkillRegistry()
        .Add(new DrawSkill("biyue_like", true, TriggerTiming.PhaseStart, (o, d) => d.Seat == o && d.Phase == Phase.Finish))
        .Add(new DrawSkill("on_damaged", false, TriggerTiming.Damaged, (o, d) => d.Seat == o))
        .Add(new DrawSkill("on_damaged_too", false, TriggerTiming.Damaged, (o, d) => d.Seat == o))
        .Add(new DrawSkill("watcher", true, TriggerTiming.Damaged, (_, _) => true))
        .Add(new RetrialSkill())
        .Add(new BleedSkill())
        .Add(new DrawSkill("extra_draw", true, TriggerTiming.DrawNCards, (o, d) => d.Seat == o));

    [Fact]
    public void A_locked_skill_resolves_without_asking()
    {
        var s = Scenario.Start([[]], skills: Registry(), beforeTurn: e => e.GrantSkill(0, "biyue_like"));
        s.EndPlay(0);
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == EventKind.SkillInvoked && e.Text == "biyue_like" && e.Seat == 0);
        Assert.Equal(s.P(0).Hp + 1, s.P(0).Hand.Count); // discarded down to HP, then drew 1 at the finish phase
        Assert.Equal(RequestKind.Play, s.Req(1).Kind);
    }

    [Fact]
    public void An_optional_skill_asks_its_owner_and_can_be_declined()
    {
        var s = Scenario.Start([[Slash, Slash, Crossbow]], skills: Registry(), beforeTurn: e => e.GrantSkill(1, "on_damaged"));
        s.Use(0, Crossbow);
        var hand = s.P(1).Hand.Count;
        s.Use(0, Slash, 1);
        var ask = s.Req(1);
        Assert.Equal(RequestKind.ChooseOption, ask.Kind);
        Assert.Equal("skill:on_damaged", ask.Reason);
        s.Choose(1, "invoke");
        Assert.Equal(hand + 1, s.P(1).Hand.Count);
        s.Use(0, Slash, 1);
        s.Pass(1);
        Assert.Equal(hand + 1, s.P(1).Hand.Count);
    }

    [Fact]
    public void Triggers_resolve_in_seat_order_from_the_current_player_once_per_timing()
    {
        var s = Scenario.Start([[Slash]], skills: Registry(), beforeTurn: e =>
        {
            e.GrantSkill(3, "watcher");
            e.GrantSkill(1, "watcher");
            e.GrantSkill(1, "watcher");
        });
        s.Use(0, Slash, 4);
        var order = s.Engine.AllEvents.Where(e => e.Kind == EventKind.SkillInvoked).Select(e => e.Seat).ToList();
        Assert.Equal([1, 3], order);
    }

    [Fact]
    public void A_draw_phase_skill_changes_the_number_of_cards_drawn()
    {
        var s = Scenario.Start([[]], skills: Registry(), beforeTurn: e => e.GrantSkill(1, "extra_draw"));
        s.EndPlay(0);
        Assert.Equal(RequestKind.Play, s.Req(1).Kind);
        Assert.Equal(4 + 3, s.P(1).Hand.Count);
    }

    [Fact]
    public void A_retrial_skill_replaces_the_judgement_card_before_it_takes_effect()
    {
        var s = Scenario.Start(
            [[Indulgence], [], [new[] { Peach }[0]]],
            [ExNihilo, ExNihilo, new PileCard(Jink, Cards.Suit.Diamond)],
            skills: Registry(),
            beforeTurn: e => e.GrantSkill(2, "retrial"));
        s.Use(0, Indulgence, 1);
        s.EndPlay(0);
        s.Choose(2, "invoke");
        var heart = s.P(2).Hand.First(c => s.Engine.CardOf(c).Suit == Cards.Suit.Heart);
        s.Pick(2, heart);
        Assert.Equal(RequestKind.Play, s.Req(1).Kind);
        Assert.Equal(Zones.ZoneKind.DiscardPile, s.Engine.Locations[heart].Zone);
        SimulationPropertyTests.AssertInvariants(s.Engine);
    }

    [Fact]
    public void Losing_the_last_hp_leads_to_dying_and_death_without_a_killer_reward()
    {
        var s = Scenario.Start([[Slash]], skills: Registry(), beforeTurn: e => e.GrantSkill(0, "bleed"));
        s.Equip(0, Chitu);
        s.SetHp(0, 1);
        s.Use(0, Slash, 2);
        s.EndPlay(0);
        Assert.False(s.P(0).Alive);
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == EventKind.HpLost && e.Seat == 0);
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == EventKind.Died && e.Seat == 0 && e.Target == -1);
        Assert.Equal(WinningSide.Rebels, s.Engine.Result!.Side);
    }

    [Fact]
    public void Passing_the_order_request_declines_the_optional_skills_and_resolves_the_locked_one()
    {
        var s = Scenario.Start([[Slash]], skills: Registry(), beforeTurn: e =>
        {
            e.GrantSkill(1, "on_damaged");
            e.GrantSkill(1, "watcher");
            e.GrantSkill(1, "on_damaged_too");
        });
        var hand = s.P(1).Hand.Count;
        s.Use(0, Slash, 1);
        var order = s.Req(1);
        Assert.Equal(("trigger_order", RequestKind.ChooseOption), (order.Reason, order.Kind));
        Assert.Equal(["on_damaged", "watcher", "on_damaged_too"], order.Options);
        s.Pass(1);
        Assert.Equal(hand + 1, s.P(1).Hand.Count);
        Assert.Equal(RequestKind.Play, s.Req(0).Kind);
    }

    [Fact]
    public void Skills_picked_from_the_order_request_resolve_in_the_chosen_order_without_asking_again()
    {
        var s = Scenario.Start([[Slash]], skills: Registry(), beforeTurn: e =>
        {
            e.GrantSkill(1, "on_damaged");
            e.GrantSkill(1, "on_damaged_too");
        });
        s.Use(0, Slash, 1);
        s.Choose(1, "on_damaged_too");
        Assert.Equal("skill:on_damaged", s.Req(1).Reason);
        s.Choose(1, "invoke");
        var invoked = s.Engine.AllEvents.Where(e => e.Kind == EventKind.SkillInvoked).Select(e => e.Text).ToList();
        Assert.Equal(["on_damaged_too", "on_damaged"], invoked);
    }
}
