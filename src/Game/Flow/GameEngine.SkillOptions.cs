using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Skills;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    // A delayed trick placed by a view-as skill (国色: a ♦ card as 乐不思蜀) counts as that trick in the judge area.
    private readonly Dictionary<int, CardName> judgeAs = [];

    /// <summary>The name a card in a judge area counts as.</summary>
    internal CardName JudgeNameOf(int id) => judgeAs.Count > 0 && judgeAs.TryGetValue(id, out var name) ? name : Cards[id].Name;

    /// <summary>Play-phase options of the seat's view-as and active skills.</summary>
    private void AddSkillOptions(List<PlayOption> options, int seat, ReadOnlySpan<int> order, ReadOnlySpan<int> others, ref List<int>? slashTargets)
    {
        var p = Players[seat];
        for (var i = 0; i < p.Skills.Count; i++)
        {
            var id = p.Skills[i];
            if (Skills.FindActive(id) is { } active)
            {
                if (active.OptionFor(this, seat) is { } option)
                {
                    options.Add(option);
                }

                continue;
            }

            if (Skills.FindViewAs(id) is not { } viewAs)
            {
                continue;
            }

            foreach (var name in viewAs.Names)
            {
                if (name is CardName.Jink or CardName.Nullification || !viewAs.CanViewAs(this, seat, name))
                {
                    continue;
                }

                if (viewAs.CardCount == 0)
                {
                    // Asking others is offered once a phase after they all refused, so a refused ask cannot loop.
                    if (CardRules.IsSlash(name) && p.UsesOf(RefusedKey(id)) == 0)
                    {
                        slashTargets ??= CanSlashMore(seat) ? SlashTargetsOf(seat, others) : [];
                        if (slashTargets.Count > 0)
                        {
                            options.Add(new PlayOption(id, NoIds, name, slashTargets, 1, 1, MinCards: 0, MaxCards: 0));
                        }
                    }

                    continue;
                }

                foreach (var card in HandAndEquip(seat))
                {
                    if (Cards[card].Name != name && viewAs.Accepts(this, seat, card, name))
                    {
                        AddCardOptions(options, seat, card, name, id, order, others, ref slashTargets);
                    }
                }
            }
        }
    }

    /// <summary>The other alive seats passing <paramref name="filter"/>, in seat order after <paramref name="seat"/>.</summary>
    internal List<int> OtherAliveSeats(int seat, Func<PlayerState, bool>? filter = null)
    {
        var found = new List<int>(Players.Length - 1);
        for (var i = 1; i < Players.Length; i++)
        {
            var p = Players[(seat + i) % Players.Length];
            if (p.Alive && (filter is null || filter(p)))
            {
                found.Add(p.Seat);
            }
        }

        return found;
    }

    private static string RefusedKey(string skillId) => skillId + ":refused";

    /// <summary>
    /// The view-as options that can answer a request for <paramref name="wanted"/> (Respond, Peach): one per skill and
    /// name, listing the eligible cards; skills in <paramref name="tried"/> (already asked others this time) are left out.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal List<PlayOption>? AnswerConversions(int seat, CardName[] wanted, List<string>? tried = null, bool withProxies = true)
    {
        var p = Players[seat];
        if (p.Skills.Count == 0 || Skills.PlayerSkillCount == 0)
        {
            return null;
        }

        List<PlayOption>? found = null;
        for (var i = 0; i < p.Skills.Count; i++)
        {
            var id = p.Skills[i];
            if (Skills.FindViewAs(id) is not { } viewAs || (tried is not null && tried.Contains(id)))
            {
                continue;
            }

            foreach (var name in viewAs.Names)
            {
                if (!HasName(wanted, name) || !viewAs.CanViewAs(this, seat, name))
                {
                    continue;
                }

                if (viewAs.CardCount == 0)
                {
                    if (withProxies)
                    {
                        (found ??= []).Add(new PlayOption(id, NoIds, name, NoIds, 0, 0, MinCards: 0, MaxCards: 0));
                    }

                    continue;
                }

                List<int>? cards = null;
                foreach (var card in HandAndEquip(seat))
                {
                    if (Cards[card].Name != name && viewAs.Accepts(this, seat, card, name))
                    {
                        (cards ??= []).Add(card);
                    }
                }

                if (cards is not null)
                {
                    (found ??= []).Add(new PlayOption(id, cards, name, NoIds, 0, 0));
                }
            }
        }

        return found;
    }

    /// <summary>Extra HP a 桃 of <paramref name="saver"/> gives the dying <paramref name="seat"/> through its rescue skills.</summary>
    private int ExtraRecovery(int seat, int saver)
    {
        var extra = 0;
        foreach (var id in Players[seat].Skills)
        {
            var bonus = Skills.FindRescue(id)?.ExtraRecovery(this, seat, saver) ?? 0;
            if (bonus > 0)
            {
                Emit(new GameEvent(events.Count, EventKind.SkillInvoked, Visibility.Everyone, NoIds) { Seat = seat, Target = saver, Text = id });
                extra += bonus;
            }
        }

        return extra;
    }
}
