namespace SanguoOrleans.Grains.Interfaces.Roguelike;

/// <summary>Where a run stands. Values are stored: never renumber.</summary>
public enum RunStatus
{
    /// <summary>No run started yet.</summary>
    None = 0,

    /// <summary>Being played.</summary>
    Active = 1,

    /// <summary>The boss was beaten.</summary>
    Won = 2,

    /// <summary>The hero ran out of HP.</summary>
    Lost = 3,
}
