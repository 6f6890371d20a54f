using System.Globalization;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Skills;

namespace SanguoOrleans.Cli.Commands.Play;

/// <summary>
/// A pending request as numbered legal answers a person picks from. Card selections of more than one card take several
/// numbers ("1 3"); everything else takes one. A skill that takes a choice of cards (仁德, 制衡…) is one numbered entry per
/// target; picking it asks for the card numbers next.
/// </summary>
public sealed class DecisionMenu
{
    private readonly DecisionRequest _request;
    private readonly IReadOnlyDictionary<int, CardPick> _picks;
    private CardPick? _pick;

    private DecisionMenu(DecisionRequest request, IReadOnlyList<(string Label, Decision Decision)> choices, bool multiSelect, IReadOnlyDictionary<int, CardPick> picks)
    {
        _request = request;
        Choices = choices;
        MultiSelect = multiSelect;
        _picks = picks;
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
        var picks = new Dictionary<int, CardPick>();
        var multi = false;
        switch (request.Kind)
        {
            case RequestKind.ChooseHero:
                choices.AddRange(request.Heroes.Select(h => ("hero " + h, Decision.ChooseHero(request, h))));
                break;
            case RequestKind.Play:
                foreach (var play in request.Plays)
                {
                    foreach (var (label, decision) in PlayChoices(request, play))
                    {
                        if (NeedsCardPick(play))
                        {
                            picks[choices.Count] = new CardPick(play, decision.Targets, label);
                        }

                        choices.Add((label, decision));
                    }
                }

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
                choices.AddRange(request.Plays.SelectMany(p => AnswerChoices(request, p)));
                break;
        }

        if (request.CanPass)
        {
            choices.Add((request.Kind == RequestKind.Play ? "end the play phase" : "pass", Decision.PassOn(request)));
        }

        return new DecisionMenu(request, choices, multi, picks);
    }

    /// <summary>What to ask the player, one line (while a skill waits for its cards: the numbered cards too).</summary>
    public string Prompt => _pick is { } pick ? PickPrompt(pick) : MultiSelect
        ? $"Choose {_request.MinCount}-{_request.MaxCount} cards: numbers separated by spaces{(_request.CanPass ? $", or {Choices.Count} to pass" : "")}."
        : $"Choose 1-{Choices.Count}.";

    /// <summary>The decision for what the player typed, or null with the reason it is not an answer.</summary>
    public Decision? Parse(string input, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (_pick is { } pick)
        {
            return ParsePick(pick, input, out problem);
        }

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
        if (numbers.Count == 1 && _picks.TryGetValue(numbers[0], out var chosen))
        {
            _pick = chosen;
            problem = PickPrompt(chosen);
            return null;
        }

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

    /// <summary>The cards of a skill option waiting for the player's choice, numbered from 1; 0 goes back.</summary>
    private static string PickPrompt(CardPick pick)
    {
        var cards = string.Join(", ", pick.Option.Cards.Select((c, i) => $"{i + 1}. {CardLabel.Of(c)}"));
        var count = pick.Option.MinCards == pick.Option.MaxCards ? $"{pick.Option.MinCards}" : $"{pick.Option.MinCards}-{pick.Option.MaxCards}";
        return $"{pick.Label}: choose {count} cards, numbers separated by spaces (0 to go back): {cards}";
    }

    private Decision? ParsePick(CardPick pick, string input, out string? problem)
    {
        var numbers = new List<int>();
        foreach (var part in input.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > pick.Option.Cards.Count)
            {
                problem = $"'{part}' is not a number from 0 to {pick.Option.Cards.Count}.";
                return null;
            }

            if (n == 0)
            {
                _pick = null;
                problem = Prompt;
                return null;
            }

            numbers.Add(n - 1);
        }

        var cards = numbers.Distinct().Select(n => pick.Option.Cards[n]).ToList();
        if (cards.Count < pick.Option.MinCards || cards.Count > pick.Option.MaxCards)
        {
            problem = PickPrompt(pick);
            return null;
        }

        problem = null;
        return Decision.With(_request, cards, pick.Targets, pick.Option.Action);
    }

    private static bool IsCardAction(string action) => action is "use" or "recast" or "spear" or "fan";

    // A skill choosing some of several cards (仁德, 制衡, 青囊…); a conversion names its one card already.
    private static bool NeedsCardPick(PlayOption play) =>
        !IsCardAction(play.Action) && play.MaxCards > 0 && !(play.Cards.Count == play.MinCards && play.MinCards == play.MaxCards);

    /// <summary>Answers through a view-as skill in a Respond or Peach request: one entry per card, or asking others.</summary>
    private static IEnumerable<(string, Decision)> AnswerChoices(DecisionRequest request, PlayOption play)
    {
        var skill = SkillText.Label(play.Action);
        var name = CardText.Chinese(play.As);
        if (play.MaxCards == 0)
        {
            yield return ($"{skill}: ask others for {name}", Decision.With(request, [], [], play.Action));
            yield break;
        }

        foreach (var card in play.Cards)
        {
            yield return ($"{name} from {CardLabel.Of(card)} ({skill})", Decision.With(request, [card], [], play.Action));
        }
    }

    private static IEnumerable<(string, Decision)> PlayChoices(DecisionRequest request, PlayOption play)
    {
        var name = CardText.Chinese(play.As);
        var skill = IsCardAction(play.Action) ? null : SkillText.Label(play.Action);
        var pick = NeedsCardPick(play);
        var cards = play.Action == "spear" ? play.Cards.Take(2).ToList() : pick ? [] : play.Cards.Take(play.MaxCards).ToList();
        var how = play.Action switch
        {
            "spear" => $"{name} from {CardLabel.Of(cards)} (丈八蛇矛)",
            "recast" => $"recast {CardLabel.Of(cards)}",
            "fan" => $"{name} from {CardLabel.Of(cards)} (朱雀羽扇)",
            "use" => cards.Count == 1 && CardCatalog.All[cards[0]].Name == play.As ? CardLabel.Of(cards) : $"{name} from {CardLabel.Of(cards)}",
            _ when play.MaxCards == 0 || pick => skill!,
            _ => $"{name} from {CardLabel.Of(cards)} ({skill})",
        };
        var verb = skill is not null && (play.MaxCards == 0 || pick) ? "" : "use ";
        if (play.Targets.Count == 0 || play.MaxTargets == 0)
        {
            yield return (verb + how, Decision.With(request, cards, [], play.Action));
            yield break;
        }

        if (play.SecondTargets is { } victims)
        {
            for (var i = 0; i < play.Targets.Count; i++)
            {
                foreach (var victim in victims[i])
                {
                    var pair = play.As == CardName.Collateral
                        ? $"seat {play.Targets[i]} attacks seat {victim}"
                        : $"seat {victim} duels seat {play.Targets[i]}";
                    yield return ($"{verb}{how}: {pair}", Decision.With(request, cards, [play.Targets[i], victim], play.Action));
                }
            }

            yield break;
        }

        if (play.MinTargets > 1)
        {
            var targets = play.Targets.Take(play.MinTargets).ToList();
            yield return ($"{verb}{how} on seats {string.Join(", ", targets)}", Decision.With(request, cards, targets, play.Action));
            yield break;
        }

        foreach (var target in play.Targets)
        {
            yield return ($"{verb}{how} on seat {target}", Decision.With(request, cards, [target], play.Action));
        }
    }

    /// <summary>A skill option waiting for its cards, with the targets already chosen.</summary>
    private sealed record CardPick(PlayOption Option, IReadOnlyList<int> Targets, string Label);
}
