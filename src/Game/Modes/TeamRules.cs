namespace SanguoOrleans.Game.Modes;

/// <summary>
/// A team mode described by data: who sits where on which side and the few rules that differ between team modes.
/// Roles are public; a side wins when every player of every other side is dead; there are no identity rewards,
/// penalties or lord skills.
/// </summary>
/// <param name="Seating">The side (0, 1, …) of every seat in turn order; seat 0 takes the first turn.</param>
/// <param name="HeroesPerPlayer">Heroes each player drafts; when one dies the next debuts, the player dies with the last.</param>
/// <param name="StartingHand">Cards dealt to a hero at the start and at a debut.</param>
/// <param name="LastSeatExtraCards">Extra starting cards for the last seat (2v2: seat 4 starts with 5).</param>
/// <param name="FirstDrawAdjustment">Added to the first player's first draw phase (−1: one fewer).</param>
/// <param name="TeammateDrawsOnDeath">Cards each surviving teammate draws when a hero of the side dies.</param>
/// <param name="TeammatesSeeHands">Whether teammates see each other's hand cards.</param>
/// <param name="HeroOffer">Heroes privately offered to each player (shrunk to an equal share when the pool is short).</param>
public sealed record TeamRules(
    IReadOnlyList<int> Seating,
    int HeroesPerPlayer = 1,
    StartingHand StartingHand = StartingHand.Four,
    int LastSeatExtraCards = 0,
    int FirstDrawAdjustment = 0,
    int TeammateDrawsOnDeath = 0,
    bool TeammatesSeeHands = false,
    int HeroOffer = 5)
{
    /// <summary>2v2 (rules.md d.6): seats loyalist–rebel–rebel–loyalist, shared hands, teammates draw on a death.</summary>
    public static TeamRules Doubles { get; } = new(
        [0, 1, 1, 0], LastSeatExtraCards: 1, FirstDrawAdjustment: -1, TeammateDrawsOnDeath: 1, TeammatesSeeHands: true);

    /// <summary>1v1 (rules.md d.7): three heroes each from a private offer of six, starting hand = max HP (≤ 5).</summary>
    public static TeamRules OneVsOne { get; } = new(
        [0, 1], HeroesPerPlayer: 3, StartingHand: StartingHand.MaxHp, FirstDrawAdjustment: -1, HeroOffer: 6);

    /// <summary>Sides of the given sizes seated one side after the other (e.g. [1, 3]: one player against three), with the 2v2 extras.</summary>
    public static TeamRules Sides(params int[] sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var seating = new List<int>();
        for (var side = 0; side < sizes.Length; side++)
        {
            seating.AddRange(Enumerable.Repeat(side, sizes[side]));
        }

        return new TeamRules(seating, FirstDrawAdjustment: -1, TeammateDrawsOnDeath: 1, TeammatesSeeHands: true);
    }

    /// <summary>Number of players per side.</summary>
    public IReadOnlyList<int> SideSizes
    {
        get
        {
            var sizes = new int[Seating.Count == 0 ? 0 : Seating.Max() + 1];
            foreach (var side in Seating)
            {
                sizes[side]++;
            }

            return sizes;
        }
    }

    /// <summary>The role shown for a side: side 0 are loyalists, side 1 rebels, any further side renegades.</summary>
    public static Role RoleOfSide(int side) => side switch
    {
        0 => Role.Loyalist,
        1 => Role.Rebel,
        _ => Role.Renegade,
    };

    /// <summary>Why these rules are unusable, or null when they are fine.</summary>
    public string? Validate() => this switch
    {
        { Seating: null } or { Seating.Count: < 2 or > 10 } => "A team mode seats 2 to 10 players.",
        _ when Seating.Any(s => s < 0) || SideSizes.Count < 2 || SideSizes.Any(n => n == 0) => "Sides are numbered 0, 1, … and each has a player.",
        { HeroesPerPlayer: < 1 } => "Every player has at least one hero.",
        _ when Seating.Count * HeroesPerPlayer > 25 => "Not enough heroes for that many players.",
        { HeroOffer: < 1 } => "The hero offer has at least one hero.",
        { LastSeatExtraCards: < 0 } or { TeammateDrawsOnDeath: < 0 } => "Extra cards are not negative.",
        _ => null,
    };
}
