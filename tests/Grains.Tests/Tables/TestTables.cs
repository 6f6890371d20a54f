using SanguoOrleans.Game.Modes;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Tests.Users;

namespace SanguoOrleans.Grains.Tests.Tables;

/// <summary>Tables and seatings that tests start from.</summary>
internal static class TestTables
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Short limits so time-outs happen within a test; long enough that a scripted answer is never late.</summary>
    public static readonly TimeLimits Quick = new(TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(300));

    public static TableSettings Settings(ulong seed = 42, TimeLimits? limits = null, GameMode mode = GameMode.Identity5) =>
        new("test table", new GameSettings(mode), limits ?? TimeLimits.Standard, Seed: seed, Private: true);

    public static ITableGrain NewTable(IGrainFactory grains) => grains.GetGrain<ITableGrain>(TableIds.New());

    /// <summary>A table where <paramref name="humans"/> users sit at seats 0.. (all ready) and AI fills the rest; the game is running.</summary>
    public static async Task<(ITableGrain Table, IUserGrain[] Humans)> StartedAsync(IGrainFactory grains, int humans, TableSettings? settings = null)
    {
        settings ??= Settings();
        var users = await Task.WhenAll(Enumerable.Range(0, humans).Select(_ => TestUsers.RegisterAsync(grains)));
        var table = NewTable(grains);
        Ok(await table.CreateAsync(users[0].GetPrimaryKey(), settings));
        for (var i = 1; i < humans; i++)
        {
            Ok(await table.JoinAsync(users[i].GetPrimaryKey()));
            Ok(await table.SitAsync(users[i].GetPrimaryKey(), i));
            Ok(await table.SetReadyAsync(users[i].GetPrimaryKey(), true));
        }

        for (var seat = humans; seat < settings.SeatCount; seat++)
        {
            Ok(await table.AddAiAsync(users[0].GetPrimaryKey(), seat));
        }

        var started = Ok(await table.StartAsync(users[0].GetPrimaryKey()));
        Assert.NotEqual(TableStatus.Open, started.Status);
        return (table, users);
    }

    public static T Ok<T>(Outcome<T> outcome)
    {
        Assert.True(outcome.Ok, outcome.Refusal?.ToString());
        return outcome.Value!;
    }

    public static void Refused<T>(RefusalCode code, Outcome<T> outcome)
    {
        Assert.False(outcome.Ok, $"expected {code}, but it was accepted");
        Assert.Equal(code, outcome.Refusal!.Code);
    }

    public static async Task<TableInfo> WaitForStatusAsync(ITableGrain table, TableStatus status, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Patience);
        while (true)
        {
            var info = Ok(await table.GetInfoAsync());
            if (info.Status == status || DateTime.UtcNow > deadline)
            {
                Assert.Equal(status, info.Status);
                return info;
            }

            await Task.Delay(50);
        }
    }
}
