namespace SanguoOrleans.Game.Modes;

/// <summary>Table settings; with the seed and the decision log they determine the whole game.</summary>
/// <param name="Mode">Identity mode (player count and roles).</param>
/// <param name="WithManeuvering">Use the 160-card deck (军争) instead of the 108-card one; null = the mode's default.</param>
/// <param name="LordExtraChoices">Random heroes offered to the lord besides 曹操/刘备/孙权.</param>
/// <param name="HeroChoices">Private random heroes offered to every other player.</param>
/// <param name="MaxRounds">Safety net: the game is drawn after this many rounds.</param>
/// <param name="StackedDeck">Debug/test tables: card ids placed on top of the shuffled draw pile, first id on top.</param>
/// <param name="FixedRoles">Debug/test tables: roles by seat instead of a random deal (seat 0 must be the lord).</param>
/// <param name="FixedHeroes">Debug/test tables: hero ids by seat instead of hero selection.</param>
public sealed record GameSettings(
    GameMode Mode = GameMode.Identity5,
    bool? WithManeuvering = null,
    int LordExtraChoices = 2,
    int HeroChoices = 5,
    int MaxRounds = 300,
    IReadOnlyList<int>? StackedDeck = null,
    IReadOnlyList<Role>? FixedRoles = null,
    IReadOnlyList<string>? FixedHeroes = null)
{
    /// <summary>Number of seats for the mode.</summary>
    public int PlayerCount => Mode == GameMode.Identity5 ? 5 : 8;

    /// <summary>Whether the 军争 cards are in the deck.</summary>
    public bool UsesManeuvering => WithManeuvering ?? Mode != GameMode.Identity5;

    /// <summary>Roles by seat before shuffling the non-lord seats; seat 0 is always the lord.</summary>
    public IReadOnlyList<Role> Roles => Mode switch
    {
        GameMode.Identity5 => [Role.Lord, Role.Loyalist, Role.Rebel, Role.Rebel, Role.Renegade],
        GameMode.Identity8 =>
            [Role.Lord, Role.Loyalist, Role.Loyalist, Role.Rebel, Role.Rebel, Role.Rebel, Role.Rebel, Role.Renegade],
        _ => [Role.Lord, Role.Loyalist, Role.Loyalist, Role.Rebel, Role.Rebel, Role.Rebel, Role.Renegade, Role.Renegade],
    };
}
