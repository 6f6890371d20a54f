using SanguoOrleans.Protocol;
using Grain = SanguoOrleans.Grains.Interfaces.Ladder;

namespace SanguoOrleans.Gateway.Mapping;

/// <summary>Maps the ladder queue's records onto protocol messages.</summary>
internal static class LadderMapping
{
    public static LadderStatus ToProto(Grain.LadderStatus status)
    {
        var proto = new LadderStatus
        {
            Ladder = status.Ladder,
            State = (LadderQueueState)(int)status.State,
            QueuedAtUnixMs = status.QueuedAt?.ToUnixTimeMilliseconds() ?? 0,
            Window = status.Window,
            TableId = status.TableId ?? "",
            Waiting = status.Waiting,
        };
        proto.TeamUserIds.AddRange(status.Team.Select(u => u.ToString()));
        proto.PendingInvitesFrom.AddRange(status.PendingInvitesFrom.Select(u => u.ToString()));
        return proto;
    }

    public static LadderNotice ToProto(Grain.LadderNotice notice) => new()
    {
        Ladder = notice.Ladder,
        Kind = (LadderNoticeKind)(int)notice.Kind,
        FromUserId = notice.From?.ToString() ?? "",
        TableId = notice.TableId ?? "",
        Seat = notice.Seat ?? 0,
    };
}
