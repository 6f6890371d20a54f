using SanguoOrleans.Gateway.Mapping;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Protocol;
using GrainLadderNotice = SanguoOrleans.Grains.Interfaces.Ladder.LadderNotice;
using GrainSessionEndReason = SanguoOrleans.Grains.Interfaces.Users.SessionEndReason;
using GrainTableInfo = SanguoOrleans.Grains.Interfaces.Tables.TableInfo;
using SessionEndReason = SanguoOrleans.Protocol.SessionEndReason;

namespace SanguoOrleans.Gateway.Sessions;

/// <summary>
/// The grains' way back to one connection: session and table notifications become pushes on its outgoing queue.
/// Orleans delivers one object's calls one at a time, so pushes keep the order the grains sent them in.
/// </summary>
internal sealed class ConnectionObserver(ClientSession session) : ISessionObserver, ITableObserver, Grains.Interfaces.Ladder.ILadderObserver
{
    // Well under the 64 KiB frame limit clients enforce, leaving room for the pending request and the envelope.
    private const int MaxEventBytesPerPush = 32 * 1024;

    public Task SessionEnded(GrainSessionEndReason reason)
    {
        session.EndedByServer(new ServerMessage { SessionEnded = new SessionEnded { Reason = (SessionEndReason)(int)reason } });
        return Task.CompletedTask;
    }

    public Task GameAdvanced(TableUpdate update)
    {
        foreach (var push in TableMapping.ToProto(update, MaxEventBytesPerPush))
        {
            if (!session.Queue.TryPush(new ServerMessage { GameAdvanced = push }))
            {
                break;
            }
        }

        return Task.CompletedTask;
    }

    public Task LadderNotified(GrainLadderNotice notice)
    {
        switch (notice.Kind)
        {
            case Grains.Interfaces.Ladder.LadderNoticeKind.MatchFound or Grains.Interfaces.Ladder.LadderNoticeKind.Dropped:
                session.NotQueued(notice.Ladder);
                break;
            case Grains.Interfaces.Ladder.LadderNoticeKind.InviteAccepted when session.UserId is { } inviter && notice.From is { } partner:
                // The inviter's queue time is not in the notice; the moment it arrives is within a hop of it.
                session.Queued(notice.Ladder, new Grains.Interfaces.Ladder.LadderRenewal([inviter, partner], DateTimeOffset.UtcNow));
                break;
        }

        session.Queue.TryPush(new ServerMessage { LadderNotice = LadderMapping.ToProto(notice) });
        return Task.CompletedTask;
    }

    public Task TableChanged(GrainTableInfo info)
    {
        session.Queue.TryPush(new ServerMessage { TableChanged = TableMapping.ToProto(info) });
        return Task.CompletedTask;
    }
}
