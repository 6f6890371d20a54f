using SanguoOrleans.Gateway.Mapping;
using SanguoOrleans.Gateway.Sessions;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Protocol;
using SanguoOrleans.Protocol.EngineRecords;
using static SanguoOrleans.Gateway.Mapping.Refusals;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.Handlers;

/// <summary>Playing: decisions and replays.</summary>
internal sealed partial class RequestDispatcher
{
    private const int MaxDecisionItems = 64;

    private async Task SubmitDecisionAsync(SubmitDecisionRequest request, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (!CheckTableId(request.TableId, reply))
        {
            return;
        }

        if (request.Decision is not { } decision || decision.Cards.Count > MaxDecisionItems || decision.Targets.Count > MaxDecisionItems)
        {
            reply.Error = Error(ErrorCode.InvalidArgument, "A decision is required, with at most 64 cards and 64 targets.");
            return;
        }

        var table = grains.GetGrain<ITableGrain>(request.TableId);
        var user = session.UserId!.Value;
        var outcome = await ChangeAsync(() => table.SubmitAsync(user, decision.ToEngine()), ct).ConfigureAwait(false);
        if (!Refused(outcome, reply))
        {
            reply.DecisionAccepted = new DecisionAccepted { Seq = outcome.Value };
        }
    }

    private async Task GetReplayAsync(string tableId, ServerMessage reply, CancellationToken ct)
    {
        if (!CheckTableId(tableId, reply))
        {
            return;
        }

        var outcome = await ReadAsync(() => grains.GetGrain<ITableGrain>(tableId).GetReplayAsync(), ct).ConfigureAwait(false);
        if (!Refused(outcome, reply))
        {
            reply.Replay = TableMapping.ToProto(outcome.Value!);
        }
    }
}
