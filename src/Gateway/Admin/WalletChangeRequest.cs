using SanguoOrleans.Grains.Interfaces.Wallet;

namespace SanguoOrleans.Gateway.Admin;

/// <summary>The body of a grant or a deduction. The amount is positive either way; the verb gives the sign.</summary>
internal sealed record WalletChangeRequest(Currency? Currency, long? Amount, string? Reason, string? OperationId)
{
    /// <summary>The wallet operation this request stands for, or why there is none.</summary>
    public (WalletOperation? Operation, string? Invalid) ToOperation(bool deduct)
    {
        if (Currency is not { } currency)
        {
            return (null, "A currency is required: tongqian or yuanbao.");
        }

        if (Amount is not > 0)
        {
            return (null, "An amount is a positive whole number.");
        }

        var operation = new WalletOperation(OperationId ?? "", currency, deduct ? -Amount.Value : Amount.Value, Reason ?? "");
        return operation.Validate() is { } invalid ? (null, invalid) : (operation, null);
    }
}
