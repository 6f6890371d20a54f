using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Random;
using SanguoOrleans.Game.Skills;

namespace SanguoOrleans.Game.Flow;

/// <summary>
/// A deterministic Sanguosha game: a pure function of (settings, seed, decisions). It runs until it needs a
/// decision, exposes the <see cref="Pending"/> requests, and resumes on <see cref="Submit"/>.
/// </summary>
public sealed partial class GameEngine
{
    // Sized for a whole game up front (an 8-player AI game has ~1,400 events and ~340 decisions), so the lists are
    // not copied again and again while they grow.
    private readonly List<GameEvent> events = new(2048);
    private readonly List<Decision> log = new(256);
    private readonly RuleTask game;

    private GameEngine(GameSettings settings, ulong seed, SkillRegistry skills)
    {
        Settings = settings;
        Seed = seed;
        Skills = skills;
        Rng = new Xoshiro256StarStar(seed);
        Cards = CardCatalog.Deck(settings.UsesManeuvering);
        Locations = new Zones.CardLocation[Cards.Length];
        Players = SeatPlayers(settings);

        game = RunGame();
        ThrowIfBroken();
    }

    /// <summary>Table settings.</summary>
    public GameSettings Settings { get; }

    /// <summary>The seed of the engine's generator.</summary>
    public ulong Seed { get; }

    /// <summary>The skills this game can attach to players.</summary>
    public SkillRegistry Skills { get; }

    /// <summary>The outcome, once the game is over.</summary>
    public GameResult? Result { get; private set; }

    /// <summary>True once the game is over.</summary>
    public bool IsOver => Result is not null;

    /// <summary>The pending request, one copy per asked player (empty when the game is over).</summary>
    public IReadOnlyList<DecisionRequest> Pending => pending;

    /// <summary>Every accepted decision, in order: with the settings and seed, the game's durable record.</summary>
    public IReadOnlyList<Decision> DecisionLog => log;

    /// <summary>Number of events emitted so far (all visibilities).</summary>
    public int EventCount => events.Count;

    /// <summary>Turns started so far.</summary>
    public int TurnNumber { get; private set; }

    /// <summary>Round number (a round ends when the turn returns to the lord).</summary>
    public int Round { get; private set; }

    /// <summary>Seat whose turn it is.</summary>
    public int CurrentSeat { get; private set; }

    /// <summary>Current phase.</summary>
    public Phase CurrentPhase { get; private set; }

    internal Xoshiro256StarStar Rng { get; }

    internal readonly ImmutableArray<Card> Cards;

    internal readonly Zones.CardLocation[] Locations;

    internal readonly PlayerState[] Players;

    internal List<int> DrawPile { get; } = [];

    internal List<int> DiscardPile { get; } = [];

    internal List<int> Processing { get; } = [];

    /// <summary>Starts a game; it runs until the first decision.</summary>
    public static GameEngine Create(GameSettings settings, ulong seed, SkillRegistry? skills = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new GameEngine(settings, seed, skills ?? SkillRegistry.Standard());
    }

    /// <summary>Rebuilds a game by replaying its decision log.</summary>
    public static GameEngine Replay(GameSettings settings, ulong seed, IEnumerable<Decision> decisions, SkillRegistry? skills = null)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var engine = Create(settings, seed, skills);
        foreach (var d in decisions)
        {
            var r = engine.Submit(d);
            if (!r.Accepted)
            {
                throw new InvalidOperationException($"replay diverged at request {d.RequestId}: {r.Reason} {r.Message}");
            }
        }

        return engine;
    }

    /// <summary>The card with this id.</summary>
    public Card CardOf(int id) => Cards[id];

    /// <summary>The pending request copy for one seat, or null when that seat is not (or no longer) asked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    public DecisionRequest? PendingFor(int seat)
    {
        if (answered.Contains(seat))
        {
            return null;
        }

        for (var i = 0; i < pending.Count; i++)
        {
            if (pending[i].Seat == seat)
            {
                return pending[i];
            }
        }

        return null;
    }

    /// <summary>Events after sequence number <paramref name="afterSeq"/> that <paramref name="viewer"/> may receive (−1 = spectator).</summary>
    public IReadOnlyList<GameEvent> EventsSince(int afterSeq, int viewer)
    {
        var result = new List<GameEvent>();
        for (var i = Math.Max(0, afterSeq + 1); i < events.Count; i++)
        {
            if (events[i].IsVisibleTo(viewer))
            {
                result.Add(events[i]);
            }
        }

        return result;
    }

    /// <summary>Every event, unfiltered (server-side use only: contains hidden information).</summary>
    internal IReadOnlyList<GameEvent> AllEvents => events;

    private void ThrowIfBroken()
    {
        if (game.IsCompleted && game.Error is not null)
        {
            game.GetAwaiter().GetResult();
        }
    }

    private async RuleTask RunGame()
    {
        var error = await PlayWholeGame().Caught();
        if (error is GameEndedSignal)
        {
            pending = [];
        }
        else if (error is not null)
        {
            await RuleTask.Failed(error);
        }
    }
}
