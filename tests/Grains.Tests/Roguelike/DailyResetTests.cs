using SanguoOrleans.Grains.Interfaces;
using static SanguoOrleans.Grains.Tests.Roguelike.RoguelikeTestRuns;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Roguelike;

/// <summary>Stamina and its daily reset at 05:00 Shanghai time (21:00 UTC), with the silo's clock moved by the tests.</summary>
public class DailyResetTests(RoguelikeFixture fixture) : IClassFixture<RoguelikeFixture>
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task UserActiveAcrossTheResetHour_GetsTheDaysStaminaExactlyOnce_EvenWhenRequestsRace()
    {
        fixture.Clock.Set(DateTimeOffset.Parse("2026-12-01T20:58:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var (_, act, started) = await StartedAsync(Grains);
        var moved = await ToFirstBattleAsync(act, started);

        fixture.Clock.Set(DateTimeOffset.Parse("2026-12-01T21:00:01Z", System.Globalization.CultureInfo.InvariantCulture));
        var racing = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => act.GetAsync()));
        fixture.Clock.Set(DateTimeOffset.Parse("2026-12-02T20:59:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var sameDayLater = Ok(await act.GetAsync());
        fixture.Clock.Set(DateTimeOffset.Parse("2026-12-02T21:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var nextDay = Ok(await act.GetAsync());

        Assert.Equal(new DateOnly(2026, 12, 1), started.ResetDay);
        Assert.Equal(1, started.ResetsApplied);
        Assert.Equal(RoguelikeFixture.DailyStamina - 1, moved.Stamina);
        Assert.All(racing, r => Assert.Equal((RoguelikeFixture.DailyStamina, 2, new DateOnly(2026, 12, 2)), (Ok(r).Stamina, Ok(r).ResetsApplied, Ok(r).ResetDay)));
        Assert.Equal(2, sameDayLater.ResetsApplied);
        Assert.Equal(3, nextDay.ResetsApplied);
        Assert.Equal(new DateOnly(2026, 12, 3), nextDay.ResetDay);
    }

    [Fact]
    public async Task ConcurrentMovesToTheSameNode_MoveOnce_AndSpendOneStamina()
    {
        var (_, act, started) = await StartedAsync(Grains);
        var target = started.Map[0].Next[0];

        var moves = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => act.MoveAsync(target)));
        var view = Ok(await act.GetAsync());

        Assert.Single(moves, m => m.Ok);
        Assert.All(moves.Where(m => !m.Ok), m => Assert.Equal(RefusalCode.InvalidArgument, m.Refusal!.Code));
        Assert.Equal(target, view.Position);
        Assert.Equal(started.Stamina - 1, view.Stamina);
    }
}
