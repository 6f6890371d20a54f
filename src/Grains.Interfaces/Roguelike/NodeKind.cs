namespace SanguoOrleans.Grains.Interfaces.Roguelike;

/// <summary>What waits at a node of the 山河图 map. Values are stored: never renumber.</summary>
public enum NodeKind
{
    /// <summary>Where a run begins.</summary>
    Start = 0,

    /// <summary>A battle against one AI hero.</summary>
    Battle = 1,

    /// <summary>An elite battle against two AI heroes.</summary>
    Elite = 2,

    /// <summary>An encounter that grants a boon.</summary>
    Event = 3,

    /// <summary>A camp that restores HP.</summary>
    Rest = 4,

    /// <summary>A merchant who sells one of three boons for 铜钱.</summary>
    Shop = 5,

    /// <summary>The last node: a battle against three AI heroes.</summary>
    Boss = 6,
}
