using SanguoOrleans.Gateway.Mapping;
using SanguoOrleans.Gateway.Sessions;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Ladder;
using SanguoOrleans.Protocol;
using static SanguoOrleans.Gateway.Mapping.Refusals;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;
using GrainLadderStatus = SanguoOrleans.Grains.Interfaces.Ladder.LadderStatus;

namespace SanguoOrleans.Gateway.Handlers;

/// <summary>Ladder queues: join, leave, status and team invitations; match notices arrive as ladder_notice pushes.</summary>
internal sealed partial class RequestDispatcher
{
    private async Task JoinLadderAsync(string ladder, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (await LadderCallAsync(ladder, reply, (q, user) => ChangeAsync(() => q.EnqueueAsync(user), ct), session).ConfigureAwait(false) is { } queued)
        {
            RememberTicket(ladder, queued, session);
        }
    }

    private async Task LeaveLadderAsync(string ladder, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        // Left or not queued at all: either way there is no ticket to renew.
        await LadderCallAsync(ladder, reply, (q, user) => ChangeAsync(() => q.LeaveAsync(user), ct), session).ConfigureAwait(false);
        session.NotQueued(ladder);
    }

    private async Task LadderStatusAsync(string ladder, ClientSession session, ServerMessage reply, CancellationToken ct) =>
        await LadderCallAsync(ladder, reply, (q, user) => ReadAsync(async () => Outcome.Success(await q.GetStatusAsync(user).ConfigureAwait(false)), ct), session).ConfigureAwait(false);

    private async Task LadderInviteAsync(LadderInviteRequest request, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (TryUser(request.UserId, reply, out var invitee))
        {
            await LadderCallAsync(request.Ladder, reply, (q, user) => ChangeAsync(() => q.InviteAsync(user, invitee), ct), session).ConfigureAwait(false);
        }
    }

    private async Task LadderAnswerAsync(LadderAnswerRequest request, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (TryUser(request.InviterUserId, reply, out var inviter)
            && await LadderCallAsync(request.Ladder, reply, (q, user) => ChangeAsync(() => request.Accept ? q.AcceptAsync(user, inviter) : q.DeclineAsync(user, inviter), ct), session).ConfigureAwait(false) is { } answered
            && request.Accept)
        {
            RememberTicket(request.Ladder, answered, session);
        }
    }

    /// <summary>Calls the ladder's queue and writes the reply; the status when the call succeeded.</summary>
    private async Task<GrainLadderStatus?> LadderCallAsync(string ladder, ServerMessage reply, Func<ILadderQueueGrain, Guid, Task<Outcome<GrainLadderStatus>>> call, ClientSession session)
    {
        if (!LadderNames.IsKnown(ladder))
        {
            reply.Error = Error(ErrorCode.InvalidArgument, $"A ladder is one of: {string.Join(", ", LadderNames.All)}.");
            return null;
        }

        var status = await call(grains.GetGrain<ILadderQueueGrain>(ladder), session.UserId!.Value).ConfigureAwait(false);
        if (Refused(status, reply))
        {
            return null;
        }

        reply.LadderStatus = LadderMapping.ToProto(status.Value!);
        return status.Value;
    }

    private static void RememberTicket(string ladder, GrainLadderStatus status, ClientSession session)
    {
        if (status is { State: Grains.Interfaces.Ladder.LadderQueueState.Queued, QueuedAt: { } queuedAt })
        {
            session.Queued(ladder, new LadderRenewal(status.Team, queuedAt));
        }
    }

    private static bool TryUser(string text, ServerMessage reply, out Guid user)
    {
        if (Guid.TryParse(text, out user))
        {
            return true;
        }

        reply.Error = Error(ErrorCode.InvalidArgument, "A user id is a GUID.");
        return false;
    }
}
