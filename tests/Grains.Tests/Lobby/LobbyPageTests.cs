using SanguoOrleans.Grains.Interfaces.Lobby;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Tests.Users;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Lobby;

[Collection(ClusterCollection.Name)]
public class LobbyPageTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task PublicTable_IsListedOnItsPages_WithLiveSeatCount_AndDisappearsWhenClosed()
    {
        var pages = new[] { 1000 + Random.Shared.Next(100_000), 2000 + Random.Shared.Next(100_000) };
        var owner = await TestUsers.RegisterAsync(Grains);
        var table = NewTable(Grains);
        var id = table.GetPrimaryKeyString();
        Ok(await table.CreateAsync(owner.GetPrimaryKey(), Settings() with { Private = false, Pages = pages, Password = "x" }));
        Ok(await table.AddAiAsync(owner.GetPrimaryKey(), 1));

        var listed = await Task.WhenAll(pages.Select(p => Grains.GetGrain<ILobbyPageGrain>(p).ListAsync()));
        Ok(await table.LeaveAsync(owner.GetPrimaryKey()));
        var afterClose = await Grains.GetGrain<ILobbyPageGrain>(pages[0]).ListAsync();

        Assert.All(listed, page => Assert.Equal(2, Assert.Single(page, t => t.TableId == id).Seated));
        Assert.True(listed[0].Single(t => t.TableId == id).HasPassword);
        Assert.DoesNotContain(afterClose, t => t.TableId == id);
    }

    [Fact]
    public async Task PrivateTable_IsNotListed()
    {
        var page = 500_000 + Random.Shared.Next(100_000);
        var owner = await TestUsers.RegisterAsync(Grains);
        var table = NewTable(Grains);
        Ok(await table.CreateAsync(owner.GetPrimaryKey(), Settings() with { Private = true, Pages = [page] }));

        Assert.Empty(await Grains.GetGrain<ILobbyPageGrain>(page).ListAsync());
    }

    [Fact]
    public async Task FinishedGame_IsTakenOffTheLobby()
    {
        var page = 700_000 + Random.Shared.Next(100_000);
        var (table, _) = await StartedAsync(Grains, 1, Settings(limits: Quick) with { Private = false, Pages = [page] });
        var whilePlaying = await Grains.GetGrain<ILobbyPageGrain>(page).ListAsync();
        Ok(await table.SetAutoPlayAsync((await table.GetInfoAsync()).Value!.Seats[0].UserId!.Value, true));

        await WaitForStatusAsync(table, TableStatus.Finished);

        Assert.Equal(TableStatus.Playing, Assert.Single(whilePlaying).Status);
        Assert.Empty(await Grains.GetGrain<ILobbyPageGrain>(page).ListAsync());
    }
}
