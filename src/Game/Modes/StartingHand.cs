namespace SanguoOrleans.Game.Modes;

/// <summary>How many cards a hero starts with (at the start of the game and at a debut).</summary>
public enum StartingHand
{
    /// <summary>Four cards (identity and 2v2).</summary>
    Four,
    /// <summary>As many cards as the hero's max HP, at most five (1v1).</summary>
    MaxHp,
}
