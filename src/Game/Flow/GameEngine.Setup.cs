using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Heroes;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Skills;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    private async RuleTask PlayWholeGame()
    {
        SetUpTable();
        await ChooseHeroes();
        foreach (var p in Players)
        {
            Draw(p.Seat, StartingCards(p.Seat, gameStart: true));
        }

        await Trigger(new TriggerData { Timing = TriggerTiming.GameStart });
        await PlayTurns();
    }

    private void SetUpTable()
    {
        var order = Enumerable.Range(0, Cards.Length).ToList();
        Rng.Shuffle(order);
        if (Settings.StackedDeck is { } stacked)
        {
            // The list's end is the top of the pile, so the stacked cards go last, first one at the very end.
            order = [.. order.Except(stacked), .. stacked.Reverse()];
        }

        foreach (var id in order)
        {
            DrawPile.Add(id);
            Locations[id] = new CardLocation(ZoneKind.DrawPile, -1);
        }

        Emit(new GameEvent(events.Count, EventKind.GameStarted, Visibility.Everyone, NoIds) { Count = Players.Length, Amount = Cards.Length });
        foreach (var p in Players)
        {
            var reveal = new GameEvent(events.Count, EventKind.RoleRevealed, Visibility.Everyone, NoIds) { Seat = p.Seat, Text = RoleNames[(int)p.Role] };
            if (p.RolePublic)
            {
                Emit(reveal);
            }
            else
            {
                EmitSplit([p.Seat], reveal, null);
            }
        }

        if (Teams is not null)
        {
            AnnounceSides();
        }
    }

    private async RuleTask ChooseHeroes()
    {
        if (Settings.FixedHeroes is { } teamHeroes && Teams is not null)
        {
            SetFixedTeamHeroes(teamHeroes);
            return;
        }

        if (Teams is not null)
        {
            await ChooseTeamHeroes(Teams);
            return;
        }

        if (Settings.FixedHeroes is { } fixedHeroes)
        {
            for (var seat = 0; seat < Players.Length; seat++)
            {
                SetHero(seat, fixedHeroes[seat], Settings.FixedHp?[seat] ?? 0, Settings.FixedMaxHp?[seat] ?? 0);
            }

            return;
        }

        // Lord first and publicly (rules.md d.5), then every other seat simultaneously from a private set.
        var pool = HeroCatalog.All.Select(h => h.Id).Where(id => !HeroCatalog.LordHeroes.Contains(id)).ToList();
        Rng.Shuffle(pool);
        var lordOffer = HeroCatalog.LordHeroes.Concat(Take(pool, Settings.LordExtraChoices)).ToList();
        EmitSplit([0], new GameEvent(events.Count, EventKind.HeroesOffered, Visibility.Everyone, NoIds) { Seat = 0, Text = string.Join(',', lordOffer) }, null);
        var lordAnswer = await Ask(Request(0, RequestKind.ChooseHero, "choose_hero", deadline: DeadlineClass.HeroChoice, canPass: false, heroes: lordOffer));
        SetHero(0, lordAnswer!.Hero!);
        pool.AddRange(lordOffer.Where(h => h != lordAnswer.Hero && !HeroCatalog.LordHeroes.Contains(h)));
        pool.AddRange(HeroCatalog.LordHeroes.Where(h => h != lordAnswer.Hero));
        Rng.Shuffle(pool);

        // Offers are disjoint, so no two players can pick the same hero. rules.md d.5 offers 5 each, but 25 plain
        // heroes leave 24 after the lord's pick: enough for 5 × 4 (5 players), not for 5 × 7 (8 players), where
        // every non-lord gets an equal share instead, 24 / 7 = 3 (FreeKill also shrinks the offer when short).
        var id = NewRequestId();
        var seats = Enumerable.Range(1, Players.Length - 1).ToArray();
        var each = Math.Max(1, Math.Min(Settings.HeroChoices, pool.Count / seats.Length));
        var copies = new List<DecisionRequest>();
        foreach (var seat in seats)
        {
            var offer = Take(pool, each);
            EmitSplit([seat], new GameEvent(events.Count, EventKind.HeroesOffered, Visibility.Everyone, NoIds) { Seat = seat, Text = string.Join(',', offer) }, null);
            copies.Add(Request(seat, RequestKind.ChooseHero, "choose_hero", id, RequestMode.All, seats, DeadlineClass.HeroChoice, canPass: false, heroes: offer));
        }

        var answers = await AskAll(copies);
        foreach (var seat in seats)
        {
            SetHero(seat, answers[seat].Hero!);
        }
    }

    private static List<string> Take(List<string> pool, int n)
    {
        var taken = pool.Take(Math.Min(n, pool.Count)).ToList();
        pool.RemoveRange(0, taken.Count);
        return taken;
    }

    private void SetHero(int seat, string heroId, int startingHp = 0, int maxHp = 0)
    {
        var p = Players[seat];
        var hero = HeroCatalog.Get(heroId);
        p.Hero = hero;
        var bonus = p.Role == Role.Lord && Players.Length > 4 ? 1 : 0;
        p.MaxHp = Math.Max(maxHp > 0 ? maxHp : hero.MaxHp + bonus, startingHp);
        p.Hp = startingHp > 0 ? startingHp : p.MaxHp;
        foreach (var skill in hero.Skills)
        {
            GrantSkill(seat, skill);
        }

        if (p.Role == Role.Lord)
        {
            foreach (var skill in hero.LordSkills)
            {
                GrantSkill(seat, skill);
            }
        }

        Emit(new GameEvent(events.Count, EventKind.HeroChosen, Visibility.Everyone, NoIds) { Seat = seat, Text = heroId, Hp = p.Hp, MaxHp = p.MaxHp });
    }
}
