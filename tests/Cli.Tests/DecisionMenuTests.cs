using SanguoOrleans.Cli.Commands.Play;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Cli.Tests;

public class DecisionMenuTests
{
    private static DecisionRequest Request(RequestKind kind, IReadOnlyList<PlayOption> plays, IReadOnlyList<int>? cards = null) =>
        new(1, 0, kind, RequestMode.One, [0], DeadlineClass.Response, kind == RequestKind.Play ? "play" : "slash", -1, 0, null, 0,
            [CardName.Jink], cards ?? [], 0, 0, true, [], plays, []);

    [Fact]
    public void A_conversion_answer_is_numbered_with_the_skill_name_and_answers_with_the_skill()
    {
        var request = Request(RequestKind.Respond, [new PlayOption("longdan", [5, 9], CardName.Jink, [], 0, 0)]);

        var menu = DecisionMenu.For(request);

        Assert.Contains(menu.Choices, c => c.Label.Contains("龙胆 longdan", StringComparison.Ordinal));
        var index = menu.Choices.ToList().FindIndex(c => c.Decision.Cards.SequenceEqual([9]));
        var decision = menu.Parse((index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), out _);
        Assert.Equal("longdan", decision!.Option);
        Assert.Equal([9], decision.Cards);
    }

    [Fact]
    public void A_skill_choosing_cards_asks_for_the_card_numbers_after_its_entry()
    {
        var request = Request(RequestKind.Play, [new PlayOption("rende", [3, 4, 7], CardName.Peach, [1, 2], 1, 1, MinCards: 1, MaxCards: 3)]);
        var menu = DecisionMenu.For(request);
        var entry = menu.Choices.ToList().FindIndex(c => c.Label.Contains("仁德 rende", StringComparison.Ordinal) && c.Label.Contains("seat 2", StringComparison.Ordinal));

        Assert.Null(menu.Parse((entry + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), out var cardsPrompt));
        Assert.Contains("choose 1-3 cards", cardsPrompt, StringComparison.Ordinal);
        var decision = menu.Parse("1 3", out _);

        Assert.Equal("rende", decision!.Option);
        Assert.Equal([3, 7], decision.Cards);
        Assert.Equal([2], decision.Targets);
    }

    [Fact]
    public void A_skill_without_cards_is_one_entry_per_target()
    {
        var request = Request(RequestKind.Play, [new PlayOption("fanjian", [], CardName.Duel, [1, 3], 1, 1, MinCards: 0, MaxCards: 0)]);

        var menu = DecisionMenu.For(request);

        Assert.Equal(["反间 fanjian on seat 1", "反间 fanjian on seat 3", "end the play phase"], menu.Choices.Select(c => c.Label));
        Assert.Equal([3], menu.Parse("2", out _)!.Targets);
    }
}
