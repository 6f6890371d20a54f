using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Skills;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    private static readonly CardName[] SlashNames = [CardName.Slash, CardName.ThunderSlash, CardName.FireSlash];

    /// <summary>
    /// Nullification window: a race among every player holding 无懈可击; a played one opens a new window against
    /// itself, so the effect is cancelled when an odd number of nullifications stand.
    /// </summary>
    internal async RuleTask<bool> IsNullified(CardName trick, int user, int target, int depth = 0)
    {
        var holders = SeatOrderFrom(CurrentSeat)
            .Select(s => (Seat: s, Cards: Players[s].Hand.Where(c => Cards[c].Name == CardName.Nullification).ToList()))
            .Where(h => h.Cards.Count > 0)
            .ToList();
        if (holders.Count == 0)
        {
            return false;
        }

        // Each copy names only its own seat: the list of racers would reveal who holds 无懈可击.
        var id = NewRequestId();
        var copies = holders.Select(h => Request(
            h.Seat, RequestKind.Nullify, "nullify", id, RequestMode.Race, [h.Seat], source: user, subject: target,
            trick: trick, depth: depth, wanted: [CardName.Nullification], cards: h.Cards)).ToList();
        var answer = await AskRace(copies);
        if (answer is null)
        {
            return false;
        }

        var card = answer.Cards[0];
        Move([card], ZoneKind.Processing);
        Emit(Ev(EventKind.CardUsed) with { Seat = answer.Seat, Name = CardName.Nullification, Cards = [card], Targets = [target], Text = trick.ToString() });
        Discard([card]);
        var countered = await IsNullified(CardName.Nullification, answer.Seat, target, depth + 1);
        if (!countered && depth == 0)
        {
            Emit(Ev(EventKind.EffectCancelled) with { Seat = user, Target = target, Name = trick, Text = "nullification" });
        }

        return !countered;
    }

    /// <summary>
    /// Asks a player to use/play a card of <paramref name="wanted"/>; offers 八卦阵 for 闪 and 丈八蛇矛 for 杀.
    /// Returns whether a response was made.
    /// </summary>
    internal async RuleTask<bool> AskForCard(int seat, CardName[] wanted, string reason, int source, CardUse? against = null)
    {
        var p = Players[seat];
        var triedDiagram = false;
        var isSlash = wanted.Contains(CardName.Slash);
        var names = isSlash ? SlashNames : wanted;
        while (p.Alive)
        {
            var options = new List<string>();
            if (wanted.Contains(CardName.Jink) && !triedDiagram && ArmorOf(seat, against) == CardName.EightDiagram)
            {
                options.Add("eight_diagram");
            }

            if (isSlash && WeaponOf(seat) == CardName.Spear && p.Hand.Count >= 2)
            {
                options.Add("spear");
            }

            var cards = p.Hand.Where(c => names.Contains(Cards[c].Name)).ToList();
            if (cards.Count == 0 && options.Count == 0)
            {
                return false;
            }

            var answer = await Ask(Request(seat, RequestKind.Respond, reason, source: source, subject: seat,
                trick: against?.Name, wanted: names, cards: cards, options: options));
            if (answer is null)
            {
                return false;
            }

            if (answer.Option == "eight_diagram")
            {
                triedDiagram = true;
                Emit(Ev(EventKind.SkillInvoked) with { Seat = seat, Text = "eight_diagram" });
                if ((await Judge(seat, "eight_diagram")).Suit.IsRed())
                {
                    Emit(Ev(EventKind.CardResponded) with { Seat = seat, Name = CardName.Jink, Cards = [] });
                    return true;
                }

                continue;
            }

            var ids = answer.Cards;
            Move(ids, ZoneKind.Processing);
            Emit(Ev(EventKind.CardResponded) with { Seat = seat, Name = answer.Option == "spear" ? CardName.Slash : Cards[ids[0]].Name, Cards = ids });
            if (HasTriggerSkills)
            {
                await Trigger(new TriggerData { Timing = TriggerTiming.CardResponded, Seat = seat, Cards = ids });
            }

            Discard([.. ids.Where(c => Locations[c].Zone == ZoneKind.Processing)]);
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
            Emit(Ev(EventKind.SkillInvoked) with { Seat = seat, Target = subject, Text = what });
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
