using System.Globalization;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;

namespace SanguoOrleans.Cli.Commands.Play;

/// <summary>
/// A pending request as numbered legal answers a person picks from. Card selections of more than one card take several
/// numbers ("1 3"); everything else takes one.
/// </summary>
public sealed class DecisionMenu
{
    private readonly DecisionRequest _request;

    private DecisionMenu(DecisionRequest request, IReadOnlyList<(string Label, Decision Decision)> choices, bool multiSelect)
    {
        _request = request;
        Choices = choices;
        MultiSelect = multiSelect;
    }

    /// <summary>The numbered answers (number = index + 1).</summary>
    public IReadOnlyList<(string Label, Decision Decision)> Choices { get; }

    /// <summary>Whether the answer is a set of card numbers rather than one number.</summary>
    public bool MultiSelect { get; }

    /// <summary>The menu of a request.</summary>
    public static DecisionMenu For(DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var choices = new List<(string, Decision)>();
        var multi = false;
        switch (request.Kind)
        {
            case RequestKind.ChooseHero:
                choices.AddRange(request.Heroes.Select(h => ("hero " + h, Decision.ChooseHero(request, h))));
                break;
            case RequestKind.Play:
                choices.AddRange(request.Plays.SelectMany(p => PlayChoices(request, p)));
                break;
            case RequestKind.SelectCards when request.MaxCount > 1:
                multi = true;
                choices.AddRange(request.Cards.Select(c => (CardLabel.Of(c), Decision.With(request, [c]))));
                break;
            case RequestKind.ChooseCard:
                choices.AddRange(request.Cards.Select(c => (CardLabel.Of(c), Decision.With(request, [c]))));
                choices.AddRange(request.Options.Select(o => (o == "hand" ? "a random hand card" : o, Decision.Choose(request, o))));
                break;
            case RequestKind.ChooseOption:
                choices.AddRange(request.Options.Select(o => (o, Decision.Choose(request, o))));
                break;
            default:
                // Respond, Nullify, Peach and single-card selections: one of the offered cards.
                choices.AddRange(request.Cards.Select(c => (CardLabel.Of(c), Decision.With(request, [c]))));

                // 丈八蛇矛 wants two hand cards picked together; the AI (auto) uses it, the menu keeps to one card.
                choices.AddRange(request.Options.Where(o => o != "spear").Select(o => (o, Decision.Choose(request, o))));
                break;
        }

        if (request.CanPass)
        {
            choices.Add((request.Kind == RequestKind.Play ? "end the play phase" : "pass", Decision.PassOn(request)));
        }

        return new DecisionMenu(request, choices, multi);
    }

    /// <summary>What to ask the player, one line.</summary>
    public string Prompt => MultiSelect
        ? $"Choose {_request.MinCount}-{_request.MaxCount} cards: numbers separated by spaces{(_request.CanPass ? $", or {Choices.Count} to pass" : "")}."
        : $"Choose 1-{Choices.Count}.";

    /// <summary>The decision for what the player typed, or null with the reason it is not an answer.</summary>
    public Decision? Parse(string input, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(input);
        var numbers = new List<int>();
        foreach (var part in input.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > Choices.Count)
            {
                problem = $"'{part}' is not a number from 1 to {Choices.Count}.";
                return null;
            }

            numbers.Add(n - 1);
        }

        problem = null;
        if (numbers.Count == 1 && (!MultiSelect || Choices[numbers[0]].Decision.Pass))
        {
            return Choices[numbers[0]].Decision;
        }

        if (MultiSelect && numbers.Count >= _request.MinCount && numbers.Count <= _request.MaxCount && numbers.All(n => !Choices[n].Decision.Pass))
        {
            return Decision.With(_request, numbers.Distinct().Select(n => Choices[n].Decision.Cards[0]).ToList());
        }

        problem = MultiSelect ? $"Choose {_request.MinCount} to {_request.MaxCount} different cards." : "Type one number.";
        return null;
    }

    private static IEnumerable<(string, Decision)> PlayChoices(DecisionRequest request, PlayOption play)
    {
        var name = CardText.Chinese(play.As);
        var cards = play.Action == "spear" ? play.Cards.Take(2).ToList() : play.Cards.Take(1).ToList();
        var how = play.Action switch
        {
            "spear" => $"{name} from {CardLabel.Of(cards)} (丈八蛇矛)",
            "recast" => $"recast {CardLabel.Of(cards)}",
            "fan" => $"{name} from {CardLabel.Of(cards)} (朱雀羽扇)",
            _ => cards.Count == 1 && CardCatalog.All[cards[0]].Name == play.As ? CardLabel.Of(cards) : $"{name} from {CardLabel.Of(cards)}",
        };
        if (play.Targets.Count == 0 || play.MaxTargets == 0)
        {
            yield return ("use " + how, Decision.With(request, cards, [], play.Action));
            yield break;
        }

        if (play.SecondTargets is { } victims)
        {
            for (var i = 0; i < play.Targets.Count; i++)
            {
                foreach (var victim in victims[i])
                {
                    yield return ($"use {how}: seat {play.Targets[i]} attacks seat {victim}", Decision.With(request, cards, [play.Targets[i], victim], play.Action));
                }
            }

            yield break;
        }

        if (play.MinTargets > 1)
        {
            var targets = play.Targets.Take(play.MinTargets).ToList();
            yield return ($"use {how} on seats {string.Join(", ", targets)}", Decision.With(request, cards, targets, play.Action));
            yield break;
        }

        foreach (var target in play.Targets)
        {
            yield return ($"use {how} on seat {target}", Decision.With(request, cards, [target], play.Action));
        }
    }
}
