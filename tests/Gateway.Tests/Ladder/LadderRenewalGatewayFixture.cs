namespace SanguoOrleans.Gateway.Tests.Ladder;

/// <summary>A gateway that renews its leases every second, with ladders that fill with AI after five seconds.</summary>
public sealed class LadderRenewalGatewayFixture : GatewayFixture
{
    public static TimeSpan AiFillAfter { get; } = TimeSpan.FromSeconds(5);

    public static TimeSpan RefreshInterval { get; } = TimeSpan.FromSeconds(1);

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Gateway:TableRefreshInterval"] = RefreshInterval.ToString(),
        ["LadderQueue:AiFillAfter"] = AiFillAfter.ToString(),
        ["LadderQueue:TickInterval"] = TimeSpan.FromMilliseconds(200).ToString(),
    };
}
