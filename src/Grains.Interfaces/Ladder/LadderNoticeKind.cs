namespace SanguoOrleans.Grains.Interfaces.Ladder;

/// <summary>What a ladder tells a player's connection.</summary>
public enum LadderNoticeKind
{
    /// <summary>Another user invites the player to queue as a team (<see cref="LadderNotice.From"/>).</summary>
    Invited = 1,

    /// <summary>The invited user accepted: the team is queued.</summary>
    InviteAccepted = 2,

    /// <summary>The invited user declined, or went offline.</summary>
    InviteDeclined = 3,

    /// <summary>A match was found: join <see cref="LadderNotice.TableId"/>; it starts by itself shortly.</summary>
    MatchFound = 4,

    /// <summary>A match fell through (a player vanished, or the table could not be made): back in the queue at the same place.</summary>
    Requeued = 5,

    /// <summary>The ticket left the queue without a match (waited too long, or a teammate vanished).</summary>
    Dropped = 6,
}
