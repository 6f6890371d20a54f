using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Grains.Tests.Users;
using static SanguoOrleans.Grains.Tests.Tables.TestTables;

namespace SanguoOrleans.Grains.Tests.Tables;

[Collection(ClusterCollection.Name)]
public class TableSeatingTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Table_StartsByItself_WhenEverySeatIsTakenAndEveryPlayerReady()
    {
        var owner = await TestUsers.RegisterAsync(Grains);
        var guest = await TestUsers.RegisterAsync(Grains);
        var table = NewTable(Grains);
        Ok(await table.CreateAsync(owner.GetPrimaryKey(), Settings()));
        Ok(await table.JoinAsync(guest.GetPrimaryKey()));
        Ok(await table.SitAsync(guest.GetPrimaryKey(), 1));
        for (var seat = 2; seat < 5; seat++)
        {
            Ok(await table.AddAiAsync(owner.GetPrimaryKey(), seat));
        }

        var oneReady = Ok(await table.SetReadyAsync(owner.GetPrimaryKey(), true));
        var bothReady = Ok(await table.SetReadyAsync(guest.GetPrimaryKey(), true));

        Assert.Equal(TableStatus.Open, oneReady.Status);
        Assert.Equal(TableStatus.Playing, bothReady.Status);
    }

    [Fact]
    public async Task EverySeatingRefusal_HasItsOwnCode()
    {
        var owner = await TestUsers.RegisterAsync(Grains);
        var guest = await TestUsers.RegisterAsync(Grains);
        var table = NewTable(Grains);
        Ok(await table.CreateAsync(owner.GetPrimaryKey(), Settings() with { Password = "秘密", MaxLevel = 50 }));

        Refused(RefusalCode.TableExists, await table.CreateAsync(guest.GetPrimaryKey(), Settings()));
        Refused(RefusalCode.WrongPassword, await table.JoinAsync(guest.GetPrimaryKey(), "guess"));
        Refused(RefusalCode.NotAtTable, await table.SitAsync(guest.GetPrimaryKey(), 1));
        Ok(await table.JoinAsync(guest.GetPrimaryKey(), "秘密"));
        Refused(RefusalCode.SeatTaken, await table.SitAsync(guest.GetPrimaryKey(), 0));
        Refused(RefusalCode.NotOwner, await table.AddAiAsync(guest.GetPrimaryKey(), 2));
        Refused(RefusalCode.NotOwner, await table.StartAsync(guest.GetPrimaryKey()));
        Refused(RefusalCode.NotReady, await table.StartAsync(owner.GetPrimaryKey()));
        Refused(RefusalCode.GameNotRunning, await table.SubmitAsync(owner.GetPrimaryKey(), new Game.Decisions.Decision(0, 0, true, [], [])));
        for (var seat = 1; seat < 5; seat++)
        {
            Ok(await table.AddAiAsync(owner.GetPrimaryKey(), seat));
        }

        Refused(RefusalCode.TableFull, await table.SitAsync(guest.GetPrimaryKey(), 1));
        Ok(await table.StartAsync(owner.GetPrimaryKey()));
        Refused(RefusalCode.TableStarted, await table.SitAsync(guest.GetPrimaryKey(), 1));
        Refused(RefusalCode.TableNotFound, await NewTable(Grains).JoinAsync(guest.GetPrimaryKey()));
        Refused(RefusalCode.InvalidArgument, await Grains.GetGrain<ITableGrain>("bad id!").CreateAsync(owner.GetPrimaryKey(), Settings()));
    }

    [Fact]
    public async Task UserAtOneTable_CannotJoinAnother_UntilTheyLeave()
    {
        var user = await TestUsers.RegisterAsync(Grains);
        var first = NewTable(Grains);
        var second = NewTable(Grains);
        Ok(await first.CreateAsync(user.GetPrimaryKey(), Settings()));
        var other = await TestUsers.RegisterAsync(Grains);
        Ok(await second.CreateAsync(other.GetPrimaryKey(), Settings()));

        Refused(RefusalCode.AlreadyAtAnotherTable, await second.JoinAsync(user.GetPrimaryKey()));
        Assert.Equal(first.GetPrimaryKeyString(), await user.GetCurrentTableAsync());
        Ok(await first.LeaveAsync(user.GetPrimaryKey()));
        Ok(await second.JoinAsync(user.GetPrimaryKey()));
        Assert.Equal(second.GetPrimaryKeyString(), await user.GetCurrentTableAsync());
        Assert.Equal(TableStatus.Closed, Ok(await first.GetInfoAsync()).Status);
    }

    [Fact]
    public async Task LevelLimits_RefuseUsersBelowOrAbove()
    {
        var owner = await TestUsers.RegisterAsync(Grains);
        var low = NewTable(Grains);
        var high = NewTable(Grains);
        var newcomer = await TestUsers.RegisterAsync(Grains);

        Refused(RefusalCode.LevelTooLow, await low.CreateAsync(owner.GetPrimaryKey(), Settings() with { MinLevel = 5 }));
        Ok(await high.CreateAsync(owner.GetPrimaryKey(), Settings() with { MaxLevel = 1 }));
        await newcomer.AddExperienceAsync(10_000);
        Refused(RefusalCode.LevelTooHigh, await high.JoinAsync(newcomer.GetPrimaryKey()));
        Assert.Null(await newcomer.GetCurrentTableAsync());
    }

    [Fact]
    public async Task OwnerLeaving_HandsTheTableToTheNextPlayer()
    {
        var owner = await TestUsers.RegisterAsync(Grains);
        var guest = await TestUsers.RegisterAsync(Grains);
        var table = NewTable(Grains);
        Ok(await table.CreateAsync(owner.GetPrimaryKey(), Settings()));
        Ok(await table.JoinAsync(guest.GetPrimaryKey()));
        Ok(await table.SitAsync(guest.GetPrimaryKey(), 3));

        var after = Ok(await table.LeaveAsync(owner.GetPrimaryKey()));

        Assert.Equal(guest.GetPrimaryKey(), after.Owner);
        Assert.Equal(SeatOccupant.Empty, after.Seats[0].Occupant);
        Ok(await table.AddAiAsync(guest.GetPrimaryKey(), 0));
    }
}
