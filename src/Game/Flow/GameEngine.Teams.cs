using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Modes;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    // Team modes only (null in identity modes): the audience of each seat's hidden hand moves, the heroes still
    // waiting to debut, and the one-off change to each seat's next draw phase.
    private int[][]? handAudiences;
    private List<string>[]? reserves;
    private int[]? drawAdjustments;
    private List<string>[]? draftedHeroes;

    /// <summary>The team rules in force, null in identity modes.</summary>
    internal TeamRules? Teams { get; private set; }

    /// <summary>The side of a seat in a team mode, −1 in identity modes.</summary>
    public int SideOf(int seat) => Teams?.Seating[seat] ?? -1;

    private PlayerState[] SeatPlayers(GameSettings settings)
    {
        var roles = settings.Roles.ToList();
        PlayerState[] players;
        Teams = settings.TeamRules;
        if (Teams is not null)
        {
            // Team modes seat by side, every role public; nothing is dealt at random.
            players = [.. roles.Select((r, i) => new PlayerState(i, r) { RolePublic = true })];
            handAudiences = [.. players.Select(p => HandAudienceOf(Teams, p.Seat))];
            reserves = [.. players.Select(_ => new List<string>())];
            draftedHeroes = [.. players.Select(_ => new List<string>())];
            drawAdjustments = new int[players.Length];
            drawAdjustments[0] = Teams.FirstDrawAdjustment;
        }
        else
        {
            var others = roles.Skip(1).ToList();
            Rng.Shuffle(others);
            if (settings.FixedRoles is { } fixedRoles)
            {
                others = [.. fixedRoles.Skip(1)];
            }

            players = [.. new[] { roles[0] }.Concat(others).Select((r, i) => new PlayerState(i, r))];
        }

        foreach (var p in players)
        {
            p.DamageDealt = new int[players.Length];
        }

        return players;
    }

    private static int[] HandAudienceOf(TeamRules teams, int seat) => teams.TeammatesSeeHands
        ? [seat, .. Enumerable.Range(0, teams.Seating.Count).Where(s => s != seat && teams.Seating[s] == teams.Seating[seat])]
        : [seat];

    /// <summary>Who sees the ids of a seat's hidden hand moves: the owner, and in shared-hand modes the teammates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal int[] HandAudience(int seat) => handAudiences is null ? SeatList(seat) : handAudiences[seat];

    /// <summary>The audience of a hidden move from one hand to another: both owners and whoever sees either hand.</summary>
    internal int[] HandAudience(int from, int to) =>
        handAudiences is null ? [from, to] : [.. handAudiences[from].Union(handAudiences[to])];

    /// <summary>Whether <paramref name="viewer"/> sees the hand of <paramref name="seat"/> (its own, or a teammate's in shared-hand modes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal bool SeesHand(int viewer, int seat) =>
        viewer == seat || (viewer >= 0 && handAudiences is not null && Array.IndexOf(handAudiences[seat], viewer) >= 0);

    /// <summary>Cards the draw phase of <paramref name="seat"/> starts from: 2, plus a one-off adjustment (the first player's first draw in team modes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal int DrawPhaseCards(int seat)
    {
        if (drawAdjustments is null)
        {
            return 2;
        }

        var n = 2 + drawAdjustments[seat];
        drawAdjustments[seat] = 0;
        return Math.Max(0, n);
    }

    /// <summary>Public: the sides and, in shared-hand modes, that teammates see each other's hands.</summary>
    private void AnnounceSides()
    {
        var sizes = Teams!.SideSizes;
        for (var side = 0; side < sizes.Count; side++)
        {
            var seats = Enumerable.Range(0, Players.Length).Where(s => Teams.Seating[s] == side).ToArray();
            Emit(new GameEvent(events.Count, EventKind.SideFormed, Visibility.Everyone, NoIds)
            {
                Amount = side, Targets = seats, Count = Teams.TeammatesSeeHands ? 1 : 0,
            });
        }
    }

    /// <summary>Cards a hero starts with (game start and debut).</summary>
    private int StartingCards(int seat, bool gameStart)
    {
        var n = Teams?.StartingHand == StartingHand.MaxHp ? Math.Min(Players[seat].MaxHp, 5) : 4;
        return n + (gameStart && Teams is not null && seat == Players.Length - 1 ? Teams.LastSeatExtraCards : 0);
    }

    /// <summary>Win conditions of a team mode: the last side with anyone alive wins.</summary>
    private bool CheckTeamWin()
    {
        var winner = -1;
        foreach (var p in Players)
        {
            if (!p.Alive)
            {
                continue;
            }

            var side = Teams!.Seating[p.Seat];
            if (winner >= 0 && winner != side)
            {
                return false;
            }

            winner = side;
        }

        var seats = Enumerable.Range(0, Players.Length).Where(s => Teams!.Seating[s] == winner).ToArray();
        SetGameOver(winner < 0 ? WinningSide.Draw : WinningSide.Team, seats);
        return true;
    }

    /// <summary>A hero of a team mode died: each surviving teammate draws (rules.md d.6).</summary>
    private void TeammatesDraw(int seat)
    {
        if (Teams!.TeammateDrawsOnDeath == 0)
        {
            return;
        }

        foreach (var p in Players)
        {
            if (p.Alive && p.Seat != seat && Teams.Seating[p.Seat] == Teams.Seating[seat])
            {
                Draw(p.Seat, Teams.TeammateDrawsOnDeath);
            }
        }
    }
}
