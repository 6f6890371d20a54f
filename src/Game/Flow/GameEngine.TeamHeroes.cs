using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Modes;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>Every hero a seat played or holds in reserve, in debut order (the chosen one alone in identity modes).</summary>
    public IReadOnlyList<string> HeroesOf(int seat) =>
        draftedHeroes?[seat] is { Count: > 0 } drafted ? drafted : Players[seat].Hero is { } hero ? [hero.Id] : [];

    /// <summary>Heroes a seat still holds in reserve (team modes with several heroes per player).</summary>
    internal IReadOnlyList<string> ReserveOf(int seat) => reserves?[seat] ?? [];

    /// <summary>
    /// Team-mode hero selection: every player gets a disjoint private offer from the whole pool and picks
    /// <see cref="TeamRules.HeroesPerPlayer"/> heroes, one simultaneous round per hero; the first pick plays first.
    /// </summary>
    private async RuleTask ChooseTeamHeroes(TeamRules teams)
    {
        var pool = Heroes.HeroCatalog.All.Select(h => h.Id).ToList();
        Rng.Shuffle(pool);
        var seats = Enumerable.Range(0, Players.Length).ToArray();
        var each = Math.Max(teams.HeroesPerPlayer, Math.Min(teams.HeroOffer, pool.Count / seats.Length));
        var offers = new List<string>[seats.Length];
        foreach (var seat in seats)
        {
            offers[seat] = Take(pool, each);
            EmitSplit([seat], new GameEvent(events.Count, EventKind.HeroesOffered, Visibility.Everyone, NoIds) { Seat = seat, Text = string.Join(',', offers[seat]) }, null);
        }

        for (var round = 0; round < teams.HeroesPerPlayer; round++)
        {
            var id = NewRequestId();
            var copies = seats.Select(seat => Request(seat, RequestKind.ChooseHero, "choose_hero", id, RequestMode.All, seats, DeadlineClass.HeroChoice, canPass: false, heroes: [.. offers[seat]])).ToList();
            var answers = await AskAll(copies);
            foreach (var seat in seats)
            {
                var hero = answers[seat].Hero!;
                offers[seat].Remove(hero);
                draftedHeroes![seat].Add(hero);
            }
        }

        foreach (var seat in seats)
        {
            reserves![seat].AddRange(draftedHeroes![seat].Skip(1));
            SetHero(seat, draftedHeroes[seat][0]);
        }
    }

    private void SetFixedTeamHeroes(IReadOnlyList<string> fixedHeroes)
    {
        var per = fixedHeroes.Count == Players.Length ? 1 : Teams!.HeroesPerPlayer;
        for (var seat = 0; seat < Players.Length; seat++)
        {
            draftedHeroes![seat].AddRange(fixedHeroes.Skip(seat * per).Take(per));
            reserves![seat].AddRange(draftedHeroes[seat].Skip(1));
            SetHero(seat, draftedHeroes[seat][0], Settings.FixedHp?[seat] ?? 0, Settings.FixedMaxHp?[seat] ?? 0);
        }
    }

    /// <summary>
    /// The next hero takes the place of the one that died (rules.md d.7): the player picks it among the reserve,
    /// it comes in at full HP with its own skills and draws a new starting hand.
    /// </summary>
    private async RuleTask Debut(int seat)
    {
        var reserve = reserves![seat];
        var hero = reserve[0];
        if (reserve.Count > 1)
        {
            var answer = await Ask(Request(seat, RequestKind.ChooseHero, "debut", deadline: DeadlineClass.HeroChoice, canPass: false, heroes: [.. reserve]));
            hero = answer!.Hero!;
        }

        reserve.Remove(hero);
        var p = Players[seat];
        RevokeSkills(seat);
        p.Drunk = false;
        p.AnalepticUsedThisTurn = false;
        p.SlashesThisPhase = 0;
        SetHero(seat, hero);
        Draw(seat, StartingCards(seat, gameStart: false));
    }
}
