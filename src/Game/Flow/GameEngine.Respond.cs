using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Skills;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    private static readonly CardName[] SlashNames = [CardName.Slash, CardName.ThunderSlash, CardName.FireSlash];
    private static readonly CardName[] NullificationOnly = [CardName.Nullification];
    private static readonly string[] NoOptions = [];

    private static bool HasName(CardName[] names, CardName name)
    {
        foreach (var n in names)
        {
            if (n == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cards of <paramref name="hand"/> named <paramref name="name"/>, in hand order; null when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private List<int>? CardsNamed(List<int> hand, CardName name)
    {
        List<int>? found = null;
        foreach (var c in hand)
        {
            if (Cards[c].Name == name)
            {
                (found ??= []).Add(c);
            }
        }

        return found;
    }

    /// <summary>
    /// Nullification window: a race among every player holding 无懈可击; a played one opens a new window against
    /// itself, so the effect is cancelled when an odd number of nullifications stand.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal RuleTask<bool> IsNullified(CardName trick, int user, int target, int depth = 0)
    {
        // Asked for every target of every trick, and usually nobody holds one: look before building anything.
        List<DecisionRequest>? copies = null;
        var id = 0;
        for (var i = 0; i < Players.Length; i++)
        {
            var seat = (CurrentSeat + i) % Players.Length;
            if (!Players[seat].Alive || Players[seat].NullificationsInHand == 0)
            {
                continue;
            }

            var cards = CardsNamed(Players[seat].Hand, CardName.Nullification);
            if (cards is null)
            {
                continue;
            }

            // Each copy names only its own seat: the list of racers would reveal who holds 无懈可击.
            id = id == 0 ? NewRequestId() : id;
            (copies ??= []).Add(Request(
                seat, RequestKind.Nullify, "nullify", id, RequestMode.Race, SeatList(seat), source: user, subject: target,
                trick: trick, depth: depth, wanted: NullificationOnly, cards: cards));
        }

        // Nobody can answer (most tricks): no window, and no async step either.
        return copies is null ? FinishedBool.False : NullificationWindow(copies, trick, user, target, depth);
    }

    private async RuleTask<bool> NullificationWindow(List<DecisionRequest> copies, CardName trick, int user, int target, int depth)
    {
        var answer = await AskRace(copies);
        if (answer is null)
        {
            return false;
        }

        var card = answer.Cards[0];
        MoveCard(card, ZoneKind.Processing);
        Emit(new GameEvent(events.Count, EventKind.CardUsed, Visibility.Everyone, NoIds) { Seat = answer.Seat, Name = CardName.Nullification, Cards = [card], Targets = [target], Text = trick.ToString() });
        if (Listens(TriggerTiming.CardUsed))
        {
            await Trigger(new TriggerData { Timing = TriggerTiming.CardUsed, Seat = answer.Seat, Use = NewUse(answer.Seat, CardName.Nullification, [card], [target]) });
        }

        DiscardCard(card);
        var countered = await IsNullified(CardName.Nullification, answer.Seat, target, depth + 1);
        if (!countered && depth == 0)
        {
            Emit(new GameEvent(events.Count, EventKind.EffectCancelled, Visibility.Everyone, NoIds) { Seat = user, Target = target, Name = trick, Text = "nullification" });
        }

        return !countered;
    }

    /// <summary>
    /// Asks a player to use/play a card of <paramref name="wanted"/>; offers 八卦阵 for 闪 and 丈八蛇矛 for 杀.
    /// View-as skills answer too. Returns whether a response was made; the card(s) played, if any, are added to
    /// <paramref name="played"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal RuleTask<bool> AskForCard(int seat, CardName[] wanted, string reason, int source, CardUse? against = null, List<int>? played = null)
    {
        // The common case, nothing to answer with, decided without the async machinery (the same checks as the
        // first round of AskForCardAsync, which has no side effect before asking).
        var p = Players[seat];
        var isSlash = HasName(wanted, CardName.Slash);
        var isJink = HasName(wanted, CardName.Jink);
        var names = isSlash ? SlashNames : wanted;
        var canAnswer = (isJink && ArmorOf(seat, against) == CardName.EightDiagram)
            || (isSlash && WeaponOf(seat) == CardName.Spear && p.Hand.Count >= 2);
        for (var i = 0; i < p.Hand.Count && !canAnswer; i++)
        {
            canAnswer = HasName(names, Cards[p.Hand[i]].Name);
        }

        canAnswer = canAnswer || AnswerConversions(seat, wanted) is not null;
        return p.Alive && canAnswer ? AskForCardAsync(seat, wanted, reason, source, against, played) : FinishedBool.False;
    }

    private async RuleTask<bool> AskForCardAsync(int seat, CardName[] wanted, string reason, int source, CardUse? against, List<int>? played)
    {
        var p = Players[seat];
        var triedDiagram = false;
        List<string>? triedSkills = null;
        var isSlash = HasName(wanted, CardName.Slash);
        var isJink = HasName(wanted, CardName.Jink);
        var names = isSlash ? SlashNames : wanted;
        while (p.Alive)
        {
            List<string>? options = null;
            if (isJink && !triedDiagram && ArmorOf(seat, against) == CardName.EightDiagram)
            {
                (options ??= []).Add("eight_diagram");
            }

            if (isSlash && WeaponOf(seat) == CardName.Spear && p.Hand.Count >= 2)
            {
                (options ??= []).Add("spear");
            }

            List<int>? cards = null;
            foreach (var c in p.Hand)
            {
                if (HasName(names, Cards[c].Name))
                {
                    (cards ??= []).Add(c);
                }
            }

            var conversions = AnswerConversions(seat, wanted, triedSkills);
            if (cards is null && options is null && conversions is null)
            {
                return false;
            }

            var answer = await Ask(Request(seat, RequestKind.Respond, reason, source: source, subject: seat,
                trick: against?.Name, wanted: names, cards: cards ?? (IReadOnlyList<int>)NoIds, options: options ?? (IReadOnlyList<string>)NoOptions,
                plays: conversions));
            if (answer is null)
            {
                return false;
            }

            CardName? convertedTo = null;
            if (conversions is not null && DecisionValidator.Match(conversions, answer.Option ?? "", answer.Cards) is { } conversion)
            {
                var viewAs = Skills.FindViewAs(conversion.Action)!;
                Emit(new GameEvent(events.Count, EventKind.SkillInvoked, Visibility.Everyone, NoIds) { Seat = seat, Text = conversion.Action });
                if (viewAs.CardCount == 0)
                {
                    // Others play the card for this seat (护驾); when they all refuse, the seat may still answer itself.
                    (triedSkills ??= []).Add(conversion.Action);
                    if (await viewAs.Provide(this, seat, conversion.As, played ?? []))
                    {
                        return true;
                    }

                    continue;
                }

                convertedTo = conversion.As;
            }

            if (answer.Option == "eight_diagram")
            {
                triedDiagram = true;
                Emit(new GameEvent(events.Count, EventKind.SkillInvoked, Visibility.Everyone, NoIds) { Seat = seat, Text = "eight_diagram" });
                if ((await Judge(seat, "eight_diagram")).Suit.IsRed())
                {
                    Emit(new GameEvent(events.Count, EventKind.CardResponded, Visibility.Everyone, NoIds) { Seat = seat, Name = CardName.Jink, Cards = [] });
                    return true;
                }

                continue;
            }

            var ids = answer.Cards;
            Move(ids, ZoneKind.Processing);
            var name = convertedTo ?? (answer.Option == "spear" ? CardName.Slash : Cards[ids[0]].Name);
            Emit(new GameEvent(events.Count, EventKind.CardResponded, Visibility.Everyone, NoIds) { Seat = seat, Name = name, Cards = ids });
            played?.AddRange(ids);
            if (HasTriggerSkills)
            {
                await Trigger(new TriggerData { Timing = TriggerTiming.CardResponded, Seat = seat, Cards = ids });
            }

            DiscardProcessed(ids);
            return true;
        }

        return false;
    }

    /// <summary>Asks whether to invoke an optional equipment effect or skill.</summary>
    internal async RuleTask<bool> AskInvoke(int seat, string what, int subject = -1)
    {
        var answer = await Ask(Request(seat, RequestKind.ChooseOption, what, subject: subject, options: [what]));
        if (answer is not null)
        {
            Emit(new GameEvent(events.Count, EventKind.SkillInvoked, Visibility.Everyone, NoIds) { Seat = seat, Target = subject, Text = what });
        }

        return answer is not null;
    }

    /// <summary>
    /// Lets <paramref name="chooser"/> pick one card of <paramref name="owner"/>: a visible equipment/judge card or a
    /// random hand card ("hand"). Returns −1 when nothing can or was chosen.
    /// </summary>
    internal async RuleTask<int> ChooseCardOf(int chooser, int owner, bool includeJudge, string reason, bool canPass = false, IReadOnlyList<int>? only = null)
    {
        var p = Players[owner];
        var visible = only?.ToList() ?? [.. p.Equip.Where(e => e >= 0), .. includeJudge ? p.Judge : []];
        var options = only is null && p.Hand.Count > 0 ? new[] { "hand" } : [];
        if (visible.Count == 0 && options.Length == 0)
        {
            return -1;
        }

        var answer = await Ask(Request(chooser, RequestKind.ChooseCard, reason, subject: owner, cards: visible, options: options, canPass: canPass));
        if (answer is null)
        {
            return -1;
        }

        return answer.Option == "hand" ? p.Hand[Rng.NextInt(p.Hand.Count)] : answer.Cards[0];
    }
}
