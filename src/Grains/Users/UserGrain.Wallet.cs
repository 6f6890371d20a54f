using Microsoft.Extensions.Logging;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Grains.Users;

internal sealed partial class UserGrain
{
    public async Task<Outcome<WalletReceipt>> ApplyWalletOperationAsync(WalletOperation operation)
    {
        if (Check(operation) is { } refused)
        {
            return refused;
        }

        return await StoreAsync(operation, () => _wallet.ApplyAsync(UserId, operation, _clock.GetUtcNow()));
    }

    public async Task<Outcome<WalletReceipt>> TransferAsync(Guid recipient, WalletOperation operation)
    {
        if (Check(operation) is { } refused)
        {
            return refused;
        }

        if (operation.Amount < 0 || recipient == UserId)
        {
            return Refuse<WalletReceipt>(nameof(TransferAsync), RefusalCode.InvalidArgument, "A transfer moves a positive amount to another user.");
        }

        var recipientProfile = await GrainFactory.GetGrain<IUserGrain>(recipient).GetProfileAsync();
        if (!recipientProfile.Ok)
        {
            return Refuse<WalletReceipt>(nameof(TransferAsync), RefusalCode.UserNotFound, "The recipient does not exist.");
        }

        return await StoreAsync(operation, () => _wallet.TransferAsync(UserId, recipient, operation, _clock.GetUtcNow()));
    }

    public Task<WalletBalance> GetBalanceAsync() => _wallet.GetBalanceAsync(UserId);

    private Outcome<WalletReceipt>? Check(WalletOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!Exists)
        {
            return NotFound<WalletReceipt>();
        }

        return operation.Validate() is { } invalid
            ? Refuse<WalletReceipt>(nameof(ApplyWalletOperationAsync), RefusalCode.InvalidArgument, invalid)
            : null;
    }

    private async Task<Outcome<WalletReceipt>> StoreAsync(WalletOperation operation, Func<Task<Outcome<WalletReceipt>>> store)
    {
        try
        {
            var outcome = await store();
            if (outcome.Refusal is { } refusal)
            {
                // Mismatched balances and reused ids are what a duplicated or forged request looks like.
                LogWalletRefused(_logger, UserId, operation.OperationId, operation.Currency, operation.Amount, operation.Reason, refusal.Code, refusal.Message);
            }

            return outcome;
        }
        catch (Exception e) when (e is not ArgumentException)
        {
            LogWalletStoreFailed(_logger, UserId, operation.OperationId, e);
            return Outcome.Refused<WalletReceipt>(StorageUnavailable);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wallet refused for user {UserId}: operation {OperationId} {Currency} {Amount} ({Reason}): {Code} {Message}")]
    private static partial void LogWalletRefused(ILogger logger, Guid userId, string operationId, Currency currency, long amount, string reason, RefusalCode code, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Wallet store failed for user {UserId}, operation {OperationId}; nothing applied")]
    private static partial void LogWalletStoreFailed(ILogger logger, Guid userId, string operationId, Exception exception);
}
