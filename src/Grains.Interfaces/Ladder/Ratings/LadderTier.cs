namespace SanguoOrleans.Grains.Interfaces.Ladder.Ratings;

/// <summary>The visible ladder tiers, lowest first. Values are part of the client protocol: never renumber.</summary>
public enum LadderTier
{
    /// <summary>青铜: the floor; stars are never lost here.</summary>
    Bronze = 0,

    /// <summary>白银</summary>
    Silver = 1,

    /// <summary>黄金</summary>
    Gold = 2,

    /// <summary>铂金</summary>
    Platinum = 3,

    /// <summary>钻石</summary>
    Diamond = 4,

    /// <summary>王者: the top; stars count up without limit.</summary>
    King = 5,
}
