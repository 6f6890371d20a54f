using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using SanguoOrleans.Grains.Roguelike;

namespace SanguoOrleans.Grains.Tests.Roguelike;

/// <summary>One in-memory silo whose clock tests move, with battles that start at once and quick AI.</summary>
public sealed class RoguelikeFixture : TestClusterFixture
{
    public const int DailyStamina = 40;

    /// <summary>The silo's clock.</summary>
    public ShiftedTimeProvider Clock =>
        Cluster.Primary is InProcessSiloHandle { SiloHost: { } host }
            ? (ShiftedTimeProvider)host.Services.GetRequiredKeyedService<TimeProvider>(RoguelikeOptions.ClockKey)
            : throw new InvalidOperationException("The silo runs in another process.");

    protected override void Configure(TestClusterBuilder builder)
    {
        builder.Properties["Roguelike:ResetHour"] = "5";
        builder.Properties["Roguelike:TimeZone"] = "Asia/Shanghai";
        builder.Properties["Roguelike:DailyStamina"] = DailyStamina.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Properties["Roguelike:BattleStartDelay"] = "00:00:00.200";
        builder.Properties["Roguelike:BattleAiDelay"] = "00:00:00";
        builder.AddSiloBuilderConfigurator<InMemorySiloConfigurator>();
        builder.AddSiloBuilderConfigurator<ShiftedClockConfigurator>();
    }

    private sealed class ShiftedClockConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.Services.AddKeyedSingleton<TimeProvider>(RoguelikeOptions.ClockKey, new ShiftedTimeProvider());
    }
}
