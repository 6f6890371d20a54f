namespace SanguoOrleans.Game.Modes;

/// <summary>Table settings; with the seed and the decision log they determine the whole game.</summary>
/// <param name="Mode">Identity mode (player count and roles) or team mode.</param>
/// <param name="WithManeuvering">Use the 160-card deck (军争) instead of the 108-card one; null = the mode's default.</param>
/// <param name="LordExtraChoices">Random heroes offered to the lord besides 曹操/刘备/孙权.</param>
/// <param name="HeroChoices">Private random heroes offered to every other player (identity modes).</param>
/// <param name="MaxRounds">Safety net: the game is drawn after this many rounds.</param>
/// <param name="StackedDeck">Debug/test tables: card ids placed on top of the shuffled draw pile, first id on top.</param>
/// <param name="FixedRoles">Debug/test tables: roles by seat instead of a random deal (seat 0 must be the lord; identity modes only).</param>
/// <param name="FixedHeroes">
/// Debug/test tables: hero ids by seat instead of hero selection; in a team mode with several heroes per player,
/// either one per seat or all of them seat after seat in debut order.
/// </param>
/// <param name="Teams">The team mode's rules instead of the mode's preset (e.g. sides [1, 3]); null = the preset.</param>
/// <param name="FixedHp">With <paramref name="FixedHeroes"/>: starting HP by seat (0 = the hero's own), e.g. a hero
/// carried through an activity; a seat's max HP rises to it when it is above the hero's.</param>
/// <param name="FixedMaxHp">With <paramref name="FixedHeroes"/>: max HP by seat (0 = the hero's own), e.g. a hero whose
/// max HP an activity raised; never below the seat's starting HP.</param>
public sealed record GameSettings(
    GameMode Mode = GameMode.Identity5,
    bool? WithManeuvering = null,
    int LordExtraChoices = 2,
    int HeroChoices = 5,
    int MaxRounds = 300,
    IReadOnlyList<int>? StackedDeck = null,
    IReadOnlyList<Role>? FixedRoles = null,
    IReadOnlyList<string>? FixedHeroes = null,
    TeamRules? Teams = null,
    IReadOnlyList<int>? FixedHp = null,
    IReadOnlyList<int>? FixedMaxHp = null)
{
    /// <summary>The team rules in force: null in identity modes.</summary>
    public TeamRules? TeamRules => Mode switch
    {
        GameMode.Doubles => Teams ?? TeamRules.Doubles,
        GameMode.OneVsOne => Teams ?? TeamRules.OneVsOne,
        _ => null,
    };

    /// <summary>Whether this is a team mode (public roles, sides instead of identities).</summary>
    public bool IsTeamMode => Mode is GameMode.Doubles or GameMode.OneVsOne;

    /// <summary>Number of seats for the mode.</summary>
    public int PlayerCount => TeamRules is { } teams ? teams.Seating.Count : Mode == GameMode.Identity5 ? 5 : 8;

    /// <summary>Whether the 军争 cards are in the deck.</summary>
    public bool UsesManeuvering => WithManeuvering ?? Mode is not (GameMode.Identity5 or GameMode.OneVsOne);

    /// <summary>Roles by seat before shuffling the non-lord seats; seat 0 is the lord in identity modes, team modes seat by side.</summary>
    public IReadOnlyList<Role> Roles => Mode switch
    {
        GameMode.Identity5 => [Role.Lord, Role.Loyalist, Role.Rebel, Role.Rebel, Role.Renegade],
        GameMode.Identity8 =>
            [Role.Lord, Role.Loyalist, Role.Loyalist, Role.Rebel, Role.Rebel, Role.Rebel, Role.Rebel, Role.Renegade],
        GameMode.Identity8DoubleRenegade =>
            [Role.Lord, Role.Loyalist, Role.Loyalist, Role.Rebel, Role.Rebel, Role.Rebel, Role.Renegade, Role.Renegade],
        _ => [.. TeamRules!.Seating.Select(Modes.TeamRules.RoleOfSide)],
    };
}
