namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>One player's part of a finished game, as the table reports it to the user.</summary>
/// <param name="Role">The role played (Lord, Loyalist, Rebel, Renegade).</param>
/// <param name="Reward">Tongqian to pay (0 = none), idempotent by <see cref="TableIds.RewardOperationId"/>.</param>
[GenerateSerializer, Immutable, Alias("sanguo.UserGameResult")]
public sealed record UserGameResult(string TableId, string Role, bool Won, bool Escaped, long Reward);
