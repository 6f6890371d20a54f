using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Interfaces.Wallet;
using SanguoOrleans.Grains.Tables;

namespace SanguoOrleans.Grains.Users;

internal sealed partial class UserGrain
{
    // Its own small group, read on first use and written before a change is acknowledged (see UserTableState).
    private const string TableStateName = "user-table";
    private GrainState<UserTableState>? _tableState;

    public async Task<string?> GetCurrentTableAsync() => (await TableStateAsync()).CurrentTable;

    public async Task<Outcome<UserProfile>> EnterTableAsync(string tableId)
    {
        ArgumentException.ThrowIfNullOrEmpty(tableId);
        if (!Exists)
        {
            return NotFound<UserProfile>();
        }

        var state = await TableStateAsync();
        if (state.CurrentTable is { } current && current != tableId)
        {
            return Refuse<UserProfile>(nameof(EnterTableAsync), RefusalCode.AlreadyAtAnotherTable, $"You are at table {current}; leave it first.");
        }

        if (state.CurrentTable is null && await SaveTableStateAsync(s => s.CurrentTable = tableId) is { } refusal)
        {
            return Outcome.Refused<UserProfile>(refusal);
        }

        return Outcome.Success(Profile());
    }

    public async Task LeaveTableAsync(string tableId)
    {
        if ((await TableStateAsync()).CurrentTable == tableId)
        {
            // A failed write leaves the mark; the table's later calls (or the result) clear it again.
            await SaveTableStateAsync(s => s.CurrentTable = null);
        }
    }

    public async Task<Outcome<GameRecord>> RecordGameResultAsync(UserGameResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!Exists)
        {
            return NotFound<GameRecord>();
        }

        if (result.Reward < 0 || !TableIds.IsValid(result.TableId) || string.IsNullOrEmpty(result.Role))
        {
            return Refuse<GameRecord>(nameof(RecordGameResultAsync), RefusalCode.InvalidArgument, "A game result names its table and role and has no negative reward.");
        }

        if (result.Reward > 0)
        {
            // Paid first: the operation id makes a repeated report pay nothing more, whatever this grain remembers.
            var operation = new WalletOperation(TableIds.RewardOperationId(result.TableId, UserId), Currency.Tongqian, result.Reward, "table reward");
            var paid = await ApplyWalletOperationAsync(operation);
            if (paid.Refusal is { } refusal)
            {
                return Outcome.Refused<GameRecord>(refusal);
            }
        }

        var record = _games.State.Value ?? GameRecord.Empty;
        var state = await TableStateAsync();
        if (state.RecordedTables.Contains(result.TableId))
        {
            return Outcome.Success(record);
        }

        // The table id is durable before the count changes: a crash may lose the count with the lazy games group,
        // as any lazy change, but a repeated report can never count the game twice.
        if (await SaveTableStateAsync(s =>
            {
                s.Recorded(result.TableId);
                if (s.CurrentTable == result.TableId)
                {
                    s.CurrentTable = null;
                }
            }) is { } notSaved)
        {
            return Outcome.Refused<GameRecord>(notSaved);
        }

        var wins = new Dictionary<string, int>(record.WinsByRole);
        if (result.Won)
        {
            wins[result.Role] = wins.GetValueOrDefault(result.Role) + 1;
        }

        record = new GameRecord(record.Played + 1, record.Won + (result.Won ? 1 : 0), wins, record.Escapes + (result.Escaped ? 1 : 0));
        _games.State.Value = record;
        Changed(_games);
        return Outcome.Success(record);
    }

    private IGrainStorage TableStorage => ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);

    private async Task<UserTableState> TableStateAsync()
    {
        if (_tableState is null)
        {
            var loaded = new GrainState<UserTableState>(new UserTableState());
            await TableStorage.ReadStateAsync(TableStateName, this.GetGrainId(), loaded);
            loaded.State ??= new UserTableState();
            _tableState = loaded;
        }

        return _tableState.State!;
    }

    /// <summary>Applies <paramref name="change"/> and writes it; on failure reads the stored state back and refuses.</summary>
    private async Task<Refusal?> SaveTableStateAsync(Action<UserTableState> change)
    {
        change(await TableStateAsync());
        try
        {
            await TableStorage.WriteStateAsync(TableStateName, this.GetGrainId(), _tableState!);
            return null;
        }
        catch (Exception e)
        {
            LogUrgentWriteFailed(_logger, UserId, e);

            // Cannot tell what is stored after a failed write: the next use reads it.
            _tableState = null;
            return StorageUnavailable;
        }
    }
}
