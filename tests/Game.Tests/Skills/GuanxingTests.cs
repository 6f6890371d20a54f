using static SanguoOrleans.Game.Cards.CardName;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Tests.Skills;

public class GuanxingTests
{
    private static (Scenario S, int[] Top) Stargazing()
    {
        var s = Scenario.Start([[]], heroes: ["", "zhugeliang"]);
        int[] top = [.. Enumerable.Range(1, 5).Select(i => s.Engine.DrawPile[^i])];
        s.EndPlay(0);
        s.Choose(1, "invoke");
        return (s, top);
    }

    [Fact]
    public void Guanxing_looks_at_as_many_cards_as_alive_players_and_puts_them_on_top_or_at_the_bottom()
    {
        var (s, top) = Stargazing();
        var ask = s.Req(1);
        Assert.Equal((RequestKind.SelectCards, "guanxing", 0, 5), (ask.Kind, ask.Reason, ask.MinCount, ask.MaxCount));
        Assert.Equal(top, ask.Cards);
        Scenario.Ok(s.Engine.Submit(Decision.With(ask, [top[3], top[0]])));
        var bottom = s.Req(1);
        Assert.Equal("guanxing_bottom", bottom.Reason);
        Scenario.Ok(s.Engine.Submit(Decision.With(bottom, [top[4], top[1], top[2]])));

        var pile = s.Engine.DrawPile;
        Assert.Equal([top[4], top[1], top[2]], new[] { pile[2], pile[1], pile[0] });
        Assert.Contains(top[3], s.P(1).Hand);
        Assert.Contains(top[0], s.P(1).Hand);
        Assert.Contains(s.Engine.AllEvents, e => e.Kind == EventKind.Chose && e.Text == "guanxing" && e.Count == 2 && e.Amount == 3);
    }

    [Fact]
    public void Guanxing_passed_leaves_the_pile_as_it_was()
    {
        var (s, top) = Stargazing();
        s.Pass(1);
        Assert.Contains(top[0], s.P(1).Hand);
        Assert.Contains(top[1], s.P(1).Hand);
        Assert.Equal(top[2], s.Engine.DrawPile[^1]);
    }

    [Fact]
    public void Guanxing_cards_are_never_visible_to_other_players()
    {
        var (s, top) = Stargazing();
        Scenario.Ok(s.Engine.Submit(Decision.With(s.Req(1), [top[2]])));
        s.Pass(1);
        Assert.Contains(s.Engine.EventsSince(-1, 1), e => e.Kind == EventKind.CardsSeen && e.Cards!.SequenceEqual(top));
        foreach (var viewer in Enumerable.Range(-1, 6).Where(v => v != 1))
        {
            var events = s.Engine.EventsSince(-1, viewer);
            Assert.Contains(events, e => e.Kind == EventKind.CardsSeen && e.Count == 5 && e.Cards is null or { Count: 0 });
            Assert.DoesNotContain(events, e => e.Cards?.Intersect(top).Any() == true);
            Assert.All(s.Engine.Pending.Where(r => r.Seat == viewer), r => Assert.Empty(r.Cards.Intersect(top)));
        }
    }

    [Fact]
    public void Smart_ai_puts_a_heart_on_top_against_its_indulgence()
    {
        var s = Scenario.Start(
            [[Indulgence]],
            [ExNihilo, ExNihilo, new PileCard(Slash, Cards.Suit.Spade), new PileCard(Slash, Cards.Suit.Club), new PileCard(Jink, Cards.Suit.Heart)],
            heroes: ["", "zhugeliang"]);
        s.Use(0, Indulgence, 1);
        s.EndPlay(0);
        s.Choose(1, "invoke");
        var d = SkillAi.Decide(s, 1);
        Assert.Equal(Cards.Suit.Heart, s.Engine.CardOf(d.Cards[0]).Suit);
    }
}
