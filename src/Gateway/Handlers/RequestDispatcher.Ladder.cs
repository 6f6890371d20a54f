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
    private Task JoinLadderAsync(string ladder, ClientSession session, ServerMessage reply, CancellationToken ct) =>
        LadderCallAsync(ladder, reply, (q, user) => ChangeAsync(() => q.EnqueueAsync(user), ct), session);

    private Task LeaveLadderAsync(string ladder, ClientSession session, ServerMessage reply, CancellationToken ct) =>
        LadderCallAsync(ladder, reply, (q, user) => ChangeAsync(() => q.LeaveAsync(user), ct), session);

    private Task LadderStatusAsync(string ladder, ClientSession session, ServerMessage reply, CancellationToken ct) =>
        LadderCallAsync(ladder, reply, (q, user) => ReadAsync(async () => Outcome.Success(await q.GetStatusAsync(user).ConfigureAwait(false)), ct), session);

    private Task LadderInviteAsync(LadderInviteRequest request, ClientSession session, ServerMessage reply, CancellationToken ct) =>
        TryUser(request.UserId, reply, out var invitee)
            ? LadderCallAsync(request.Ladder, reply, (q, user) => ChangeAsync(() => q.InviteAsync(user, invitee), ct), session)
            : Task.CompletedTask;

    private Task LadderAnswerAsync(LadderAnswerRequest request, ClientSession session, ServerMessage reply, CancellationToken ct) =>
        TryUser(request.InviterUserId, reply, out var inviter)
            ? LadderCallAsync(request.Ladder, reply, (q, user) => ChangeAsync(() => request.Accept ? q.AcceptAsync(user, inviter) : q.DeclineAsync(user, inviter), ct), session)
            : Task.CompletedTask;

    private async Task LadderCallAsync(string ladder, ServerMessage reply, Func<ILadderQueueGrain, Guid, Task<Outcome<GrainLadderStatus>>> call, ClientSession session)
    {
        if (!LadderNames.IsKnown(ladder))
        {
            reply.Error = Error(ErrorCode.InvalidArgument, $"A ladder is one of: {string.Join(", ", LadderNames.All)}.");
            return;
        }

        var status = await call(grains.GetGrain<ILadderQueueGrain>(ladder), session.UserId!.Value).ConfigureAwait(false);
        if (!Refused(status, reply))
        {
            reply.LadderStatus = LadderMapping.ToProto(status.Value!);
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
