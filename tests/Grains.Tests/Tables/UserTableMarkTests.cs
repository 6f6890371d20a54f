using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Tests.Users;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Tables;

/// <summary>What a user grain knows about tables outlives its activation.</summary>
[Collection(ClusterCollection.Name)]
public class UserTableMarkTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Being_at_another_table_is_remembered_after_the_user_grain_deactivates()
    {
        var user = await TestUsers.RegisterAsync(Grains);
        var first = TableIds.New();
        Ok(await user.EnterTableAsync(first));

        await DeactivateEverythingIdleAsync();

        Refused(RefusalCode.AlreadyAtAnotherTable, await user.EnterTableAsync(TableIds.New()));
        Assert.Equal(first, await user.GetCurrentTableAsync());
    }

    [Fact]
    public async Task Result_reported_again_after_the_user_grain_deactivates_is_counted_once()
    {
        var user = await TestUsers.RegisterAsync(Grains);
        var tableId = TableIds.New();
        Ok(await user.EnterTableAsync(tableId));
        var result = new UserGameResult(tableId, "Rebel", Won: true, Escaped: false, Reward: 0);
        Ok(await user.RecordGameResultAsync(result));

        await DeactivateEverythingIdleAsync();
        var again = Ok(await user.RecordGameResultAsync(result));

        Assert.Equal(1, again.Played);
        Assert.Equal(1, again.Won);
        Assert.Null(await user.GetCurrentTableAsync());
    }

    private Task DeactivateEverythingIdleAsync() => Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
}
