using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Heroes;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Skills;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Tests;

/// <summary>A scripted table: stacked deck, fixed roles, and helpers to answer requests by card name.</summary>
internal sealed class Scenario
{
    private static readonly CardName[] Filler =
    [
        CardName.ExNihilo, CardName.Dismantlement, CardName.Snatch, CardName.Duel, CardName.IronChain,
        CardName.Indulgence, CardName.AmazingGrace, CardName.SavageAssault, CardName.FireAttack, CardName.Collateral,
    ];

    private Scenario(GameEngine engine) => Engine = engine;

    public GameEngine Engine { get; }

    /// <summary>
    /// Deals <paramref name="hands"/> (seat by seat, padded to 4 with inert tricks) and stacks <paramref name="pile"/>
    /// next; the lord's draw phase takes the first two of the pile. Returns at the lord's first play request.
    /// Without <paramref name="heroes"/> every seat is a plain hero with no skills (unless <paramref name="skills"/>
    /// says otherwise); with them, seats play those heroes (by id, in seat order) with the standard skills.
    /// <paramref name="configure"/> adjusts the settings last (team rules, several heroes per seat).
    /// </summary>
    public static Scenario Start(
        CardName[][] hands,
        PileCard[]? pile = null,
        GameMode mode = GameMode.Identity5,
        Role[]? roles = null,
        SkillRegistry? skills = null,
        Action<GameEngine>? beforeTurn = null,
        string[]? heroes = null,
        Func<GameSettings, GameSettings>? configure = null)
    {
        var settings0 = new GameSettings(mode);
        var deck = CardCatalog.Deck(settings0.UsesManeuvering);
        var used = new HashSet<int>();
        var stacked = new List<int>();
        int Take(CardName name) => TakeMatching(new PileCard(name));
        int TakeMatching(PileCard want)
        {
            var card = deck.First(c => c.Name == want.Name && (want.Suit is null || c.Suit == want.Suit)
                && (want.Number is null || c.Number == want.Number) && !used.Contains(c.Id));
            used.Add(card.Id);
            return card.Id;
        }

        // Named cards are reserved first so that filler never takes them.
        var handIds = Enumerable.Range(0, settings0.PlayerCount)
            .Select(seat => (seat < hands.Length ? hands[seat] : []).Select(Take).ToList()).ToList();
        var pileIds = (pile ?? []).Select(TakeMatching).ToList();
        foreach (var hand in handIds)
        {
            while (hand.Count < 4)
            {
                hand.Add(Take(Filler.First(f => deck.Any(c => c.Name == f && !used.Contains(c.Id)))));
            }

            stacked.AddRange(hand);
        }

        stacked.AddRange(pileIds);

        // Fill the next draws with inert cards too, so unexpected draws do not create new requests.
        foreach (var name in Filler)
        {
            while (deck.Any(c => c.Name == name && !used.Contains(c.Id)) && stacked.Count < 60)
            {
                stacked.Add(Take(name));
            }
        }

        var settings = settings0 with { StackedDeck = stacked, FixedRoles = roles ?? settings0.Roles };
        if (heroes is not null)
        {
            // Seats without a named hero ("" or past the end) play a 4-HP male hero stripped of its skills below.
            var plain = HeroCatalog.All.Where(h => h.MaxHp == 4 && h.Gender == Gender.Male && !heroes.Contains(h.Id)).Select(h => h.Id).ToList();
            settings = settings with { FixedHeroes = [.. Enumerable.Range(0, settings.PlayerCount).Select(i => i < heroes.Length && heroes[i] != "" ? heroes[i] : plain[i])] };
        }

        settings = configure?.Invoke(settings) ?? settings;
        var engine = GameEngine.Create(settings, 1, skills ?? (heroes is null ? new SkillRegistry() : SkillRegistry.Standard()));
        for (var seat = 0; heroes is not null && seat < settings.PlayerCount; seat++)
        {
            if (seat >= heroes.Length || heroes[seat] == "")
            {
                engine.RevokeSkills(seat);
            }
        }

        var scenario = new Scenario(engine);
        scenario.AnswerHeroChoices();
        beforeTurn?.Invoke(engine);
        return scenario;
    }

    private void AnswerHeroChoices()
    {
        while (Engine.Pending.Count > 0 && Engine.Pending[0].Kind == RequestKind.ChooseHero)
        {
            foreach (var r in Engine.Pending.ToList())
            {
                // Four-HP male heroes keep the arithmetic of the tests simple.
                var hero = r.Heroes.FirstOrDefault(h => HeroCatalog.Get(h) is { MaxHp: 4, Gender: Gender.Male }) ?? r.Heroes[0];
                Ok(Engine.Submit(Decision.ChooseHero(r, hero)));
            }
        }
    }

    public PlayerState P(int seat) => Engine.Players[seat];

    public DecisionRequest Req(int seat) =>
        Engine.PendingFor(seat) ?? throw new InvalidOperationException($"seat {seat} is not asked; pending: {Describe()}");

    public string Describe() => string.Join("; ", Engine.Pending.Select(r => $"#{r.Id} seat {r.Seat} {r.Kind} {r.Reason}"));

    public int Card(int seat, CardName name) => P(seat).Hand.First(c => Engine.CardOf(c).Name == name);

    public void Use(int seat, CardName name, params int[] targets) => Ok(Engine.Submit(Decision.With(Req(seat), [Card(seat, name)], targets)));

    public void UseAs(int seat, string action, int[] cards, params int[] targets) => Ok(Engine.Submit(Decision.With(Req(seat), cards, targets, action)));

    public void Respond(int seat, CardName name) => Ok(Engine.Submit(Decision.With(Req(seat), [Card(seat, name)])));

    public void Pass(int seat) => Ok(Engine.Submit(Decision.PassOn(Req(seat))));

    public void Choose(int seat, string option) => Ok(Engine.Submit(Decision.Choose(Req(seat), option)));

    public void Pick(int seat, int card) => Ok(Engine.Submit(Decision.With(Req(seat), [card])));

    /// <summary>Puts a card of that name from the draw pile into a seat's equipment area.</summary>
    public void Equip(int seat, CardName name)
    {
        var id = Engine.DrawPile.Concat(Engine.DiscardPile).First(c => Engine.CardOf(c).Name == name);
        Engine.Move([id], ZoneKind.Equipment, seat);
        Engine.RefreshPlayRequest();
    }

    public void Give(int seat, CardName name)
    {
        var id = Engine.DrawPile.Concat(Engine.DiscardPile).First(c => Engine.CardOf(c).Name == name);
        Engine.Move([id], ZoneKind.Hand, seat);
        Engine.RefreshPlayRequest();
    }

    public void SetHp(int seat, int hp)
    {
        P(seat).Hp = hp;
        Engine.RefreshPlayRequest();
    }

    public void PassAllNullifications()
    {
        while (Engine.Pending.Count > 0 && Engine.Pending[0].Kind == RequestKind.Nullify)
        {
            Pass(Engine.Pending.First(r => Engine.PendingFor(r.Seat) is not null).Seat);
        }
    }

    /// <summary>Ends the seat's play phase and answers its discard phase with the default.</summary>
    public void EndPlay(int seat)
    {
        Pass(seat);
        if (Engine.PendingFor(seat) is { Kind: RequestKind.SelectCards, Reason: "discard_phase" } discard)
        {
            Ok(Engine.Submit(GameEngine.DefaultDecision(discard)));
        }
    }

    /// <summary>Puts a card of that name straight into a seat's judge area.</summary>
    public int PlaceDelayed(int seat, CardName name)
    {
        var id = Engine.DrawPile.Concat(Engine.DiscardPile).First(c => Engine.CardOf(c).Name == name);
        Engine.Move([id], ZoneKind.Judge, seat);
        return id;
    }

    /// <summary>Keeps only the given hand cards of a seat (the rest are discarded).</summary>
    public void KeepOnly(int seat, params CardName[] names)
    {
        var keep = new List<int>();
        foreach (var n in names)
        {
            keep.Add(P(seat).Hand.First(c => Engine.CardOf(c).Name == n && !keep.Contains(c)));
        }

        Engine.Discard([.. P(seat).Hand.Except(keep)]);
        Engine.RefreshPlayRequest();
    }

    public static void Ok(SubmitResult r) => Assert.True(r.Accepted, $"{r.Reason}: {r.Message}");
}

/// <summary>A card wanted in the stacked pile: a name, optionally a suit and number.</summary>
internal sealed record PileCard(CardName Name, Suit? Suit = null, int? Number = null)
{
    public static implicit operator PileCard(CardName name) => new(name);
}
