using EngineSettings = SanguoOrleans.Game.Modes.GameSettings;
using SanguoOrleans.Gateway.Mapping;
using SanguoOrleans.Gateway.Sessions;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Protocol;
using SanguoOrleans.Protocol.EngineRecords;
using static SanguoOrleans.Gateway.Mapping.Refusals;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;
using GrainTableInfo = SanguoOrleans.Grains.Interfaces.Tables.TableInfo;

namespace SanguoOrleans.Gateway.Handlers;

/// <summary>Seating and table life: create, join, watch, leave, seats, AI, start.</summary>
internal sealed partial class RequestDispatcher
{
    private async Task CreateTableAsync(CreateTableRequest request, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        var user = session.UserId!.Value;
        var limits = request is { ActionTimeMs: 0, ResponseTimeMs: 0, HeroChoiceTimeMs: 0 }
            ? null
            : new TimeLimits(Ms(request.ActionTimeMs, TimeLimits.Standard.Action), Ms(request.ResponseTimeMs, TimeLimits.Standard.Response), Ms(request.HeroChoiceTimeMs, TimeLimits.Standard.HeroChoice));
        var settings = new TableSettings(
            request.Name,
            new EngineSettings(request.Mode.ToEngine()),
            limits,
            Password: request.Password is "" ? null : request.Password,
            Private: request.Private,
            Pages: request.Pages.Count == 0 ? null : [.. request.Pages],
            AiDelay: TimeSpan.FromMilliseconds(request.AiDelayMs),
            Seed: request.HasSeed ? request.Seed : null);
        if (settings.Validate() is { } problem)
        {
            reply.Error = Error(ErrorCode.InvalidArgument, problem);
            return;
        }

        var table = grains.GetGrain<ITableGrain>(TableIds.New());
        var created = await ChangeAsync(() => table.CreateAsync(user, settings), ct).ConfigureAwait(false);
        if (!Refused(created, reply))
        {
            await ConnectAsync(table, session, reply, ct).ConfigureAwait(false);
        }
    }

    private async Task JoinTableAsync(string tableId, string password, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (!CheckTableId(tableId, reply))
        {
            return;
        }

        var table = grains.GetGrain<ITableGrain>(tableId);
        var user = session.UserId!.Value;
        var joined = await ChangeAsync(() => table.JoinAsync(user, password is "" ? null : password), ct).ConfigureAwait(false);
        if (!Refused(joined, reply))
        {
            await ConnectAsync(table, session, reply, ct).ConfigureAwait(false);
        }
    }

    private async Task ReconnectTableAsync(string tableId, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (CheckTableId(tableId, reply))
        {
            await ConnectAsync(grains.GetGrain<ITableGrain>(tableId), session, reply, ct).ConfigureAwait(false);
        }
    }

    private async Task LeaveTableAsync(string tableId, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (!CheckTableId(tableId, reply))
        {
            return;
        }

        var table = grains.GetGrain<ITableGrain>(tableId);
        var user = session.UserId!.Value;
        var left = await ChangeAsync(() => table.LeaveAsync(user), ct).ConfigureAwait(false);
        if (!Refused(left, reply))
        {
            session.NotWatching(tableId);
            var observer = session.TableObserver;
            await ChangeAsync(async () => { await table.DisconnectAsync(user, observer).ConfigureAwait(false); return true; }, ct).ConfigureAwait(false);
            reply.Table = TableMapping.ToProto(left.Value!);
        }
    }

    /// <summary>Any table call that answers with the table's info.</summary>
    private async Task TableCallAsync(string tableId, ServerMessage reply, Func<ITableGrain, Guid, Task<Outcome<GrainTableInfo>>> call, ClientSession session, CancellationToken ct)
    {
        if (!CheckTableId(tableId, reply))
        {
            return;
        }

        var table = grains.GetGrain<ITableGrain>(tableId);
        var user = session.UserId!.Value;
        var outcome = await ChangeAsync(() => call(table, user), ct).ConfigureAwait(false);
        if (!Refused(outcome, reply))
        {
            reply.Table = TableMapping.ToProto(outcome.Value!);
        }
    }

    /// <summary>Registers this connection's observer with the table and answers with the snapshot pushes follow.</summary>
    private async Task ConnectAsync(ITableGrain table, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        var user = session.UserId!.Value;
        var observer = session.TableObserver;
        var snapshot = await ChangeAsync(() => table.ConnectAsync(user, observer), ct).ConfigureAwait(false);
        if (!Refused(snapshot, reply))
        {
            session.Watching(table.GetPrimaryKeyString());
            reply.TableSnapshot = TableMapping.ToProto(snapshot.Value!);
        }
    }

    private static bool CheckTableId(string tableId, ServerMessage reply)
    {
        if (TableIds.IsValid(tableId))
        {
            return true;
        }

        reply.Error = Error(ErrorCode.InvalidArgument, $"A table id has 1 to {TableIds.MaxLength} letters, digits, '-' or '_'.");
        return false;
    }

    private static TimeSpan Ms(uint milliseconds, TimeSpan standard) => milliseconds == 0 ? standard : TimeSpan.FromMilliseconds(milliseconds);
}
