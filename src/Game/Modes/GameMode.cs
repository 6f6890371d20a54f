namespace SanguoOrleans.Game.Modes;

/// <summary>Supported table modes.</summary>
public enum GameMode
{
    /// <summary>5 players, Z C F F N, 108-card deck.</summary>
    Identity5,
    /// <summary>8 players, Z C C F F F F N, 160-card deck (军八).</summary>
    Identity8,
    /// <summary>8 players, Z C C F F F N N (双内奸), 160-card deck.</summary>
    Identity8DoubleRenegade,
    /// <summary>2v2 (欢乐成双, rules.md d.6): <see cref="TeamRules.Doubles"/>, 160-card deck.</summary>
    Doubles,
    /// <summary>1v1 with three heroes each (rules.md d.7): <see cref="TeamRules.OneVsOne"/>, 108-card deck.</summary>
    OneVsOne,
}
