using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Users;

internal sealed partial class UserGrain
{
    // Live, not persisted: a user at a table keeps a session open, and the table is the durable record of who sits
    // there. Tables whose result this activation recorded, so a table retrying its report does not count twice.
    private string? _currentTable;
    private readonly HashSet<string> _recordedTables = [];

    public Task<string?> GetCurrentTableAsync() => Task.FromResult(_currentTable);

    public Task<Outcome<UserProfile>> EnterTableAsync(string tableId)
    {
        ArgumentException.ThrowIfNullOrEmpty(tableId);
        if (!Exists)
        {
            return Task.FromResult(NotFound<UserProfile>());
        }

        if (_currentTable is { } current && current != tableId)
        {
            return Task.FromResult(Refuse<UserProfile>(nameof(EnterTableAsync), RefusalCode.AlreadyAtAnotherTable, $"You are at table {current}; leave it first."));
        }

        _currentTable = tableId;
        return Task.FromResult(Outcome.Success(Profile()));
    }

    public Task LeaveTableAsync(string tableId)
    {
        if (_currentTable == tableId)
        {
            _currentTable = null;
        }

        return Task.CompletedTask;
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
            // Paid first: the operation id makes a repeated report pay nothing more, whatever this activation remembers.
            var operation = new WalletOperation(TableIds.RewardOperationId(result.TableId, UserId), Currency.Tongqian, result.Reward, "table reward");
            var paid = await ApplyWalletOperationAsync(operation);
            if (paid.Refusal is { } refusal)
            {
                return Outcome.Refused<GameRecord>(refusal);
            }
        }

        var record = _games.State.Value ?? GameRecord.Empty;
        if (_recordedTables.Add(result.TableId))
        {
            var wins = new Dictionary<string, int>(record.WinsByRole);
            if (result.Won)
            {
                wins[result.Role] = wins.GetValueOrDefault(result.Role) + 1;
            }

            record = new GameRecord(record.Played + 1, record.Won + (result.Won ? 1 : 0), wins, record.Escapes + (result.Escaped ? 1 : 0));
            _games.State.Value = record;
            Changed(_games);
        }

        if (_currentTable == result.TableId)
        {
            _currentTable = null;
        }

        return Outcome.Success(record);
    }
}
