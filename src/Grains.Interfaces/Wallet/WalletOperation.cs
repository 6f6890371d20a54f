namespace SanguoOrleans.Grains.Interfaces.Wallet;

/// <summary>
/// A change to one balance. <see cref="OperationId"/> makes it idempotent: a retry with the same id returns the
/// first result and never applies twice. <see cref="ExpectedBalance"/>, when given, must equal the balance or the
/// operation is refused (compare-before-change).
/// </summary>
[GenerateSerializer, Immutable, Alias("sanguo.WalletOperation")]
public sealed record WalletOperation(string OperationId, Currency Currency, long Amount, string Reason, long? ExpectedBalance = null)
{
    /// <summary>The longest operation id accepted.</summary>
    public const int MaxOperationIdLength = 64;

    /// <summary>The longest reason accepted.</summary>
    public const int MaxReasonLength = 128;

    /// <summary>Why the operation is malformed, or null when it is well formed.</summary>
    public string? Validate() => this switch
    {
        { OperationId: null or "" } or { OperationId.Length: > MaxOperationIdLength } => $"An operation id has 1 to {MaxOperationIdLength} characters.",
        { Reason: null or "" } or { Reason.Length: > MaxReasonLength } => $"A reason has 1 to {MaxReasonLength} characters.",
        { Amount: 0 } => "An operation changes the balance by a non-zero amount.",
        { ExpectedBalance: < 0 } => "An expected balance is never negative.",
        _ when !Enum.IsDefined(Currency) => "Unknown currency.",
        _ => null,
    };
}
