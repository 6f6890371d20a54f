namespace SanguoOrleans.Grains.Interfaces.Ladder;

/// <summary>Where a user stands with one ladder's queue.</summary>
public enum LadderQueueState
{
    /// <summary>Not queued.</summary>
    Idle = 0,

    /// <summary>Waiting for a match (alone or with a team).</summary>
    Queued = 1,

    /// <summary>Matched: the ranked table is being made or has been made (see the table id).</summary>
    Matched = 2,
}
