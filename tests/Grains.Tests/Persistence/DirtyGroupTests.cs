using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Grains.Tests.Users;

namespace SanguoOrleans.Grains.Tests.Persistence;

public class DirtyGroupTests(FaultInjectionFixture fixture) : IClassFixture<FaultInjectionFixture>
{
    // A flush waits one interval plus up to one more of jitter.
    private static readonly TimeSpan FlushWindow = FaultInjectionFixture.FlushInterval * 2 + TimeSpan.FromMilliseconds(400);

    private IGrainFactory Grains => fixture.Cluster.GrainFactory;

    [Fact]
    public async Task ManyLazyChanges_WithinOneInterval_ShareOneWrite_AndUnchangedGroupsAreNotWritten()
    {
        var user = await TestUsers.RegisterAsync(Grains);
        await Task.Delay(FlushWindow);
        var before = Snapshot();

        for (var i = 0; i < 100; i++)
        {
            await user.AddExperienceAsync(1);
        }

        var beforeFlush = Snapshot();
        await Task.Delay(FlushWindow);
        var afterFlush = Snapshot();

        Assert.Equal(before.Profile, beforeFlush.Profile);
        Assert.Equal(before.Profile + 1, afterFlush.Profile);
        Assert.Equal(before.Account, afterFlush.Account);
        Assert.Equal(before.Games, afterFlush.Games);
    }

    [Fact]
    public async Task FailingUrgentWrite_RefusesTheChange_AndLeavesNoTraceOfIt()
    {
        var user = await TestUsers.RegisterAsync(Grains);
        var nickname = TestUsers.NewNickname();

        fixture.Faults.FailWrites("user-account", true);
        var refused = await user.SetNicknameAsync(nickname);
        var profileWhileFailing = (await user.GetProfileAsync()).Value!;
        fixture.Faults.FailWrites("user-account", false);
        var retried = await user.SetNicknameAsync(nickname);

        Assert.Equal(RefusalCode.StorageUnavailable, refused.Refusal?.Code);
        Assert.Null(profileWhileFailing.Nickname);
        Assert.Equal(nickname, retried.Value?.Nickname);
    }

    [Fact]
    public async Task FailingLazyFlush_KeepsTheGroupDirty_AndALaterFlushWritesIt()
    {
        var user = await TestUsers.RegisterAsync(Grains);
        var writesBefore = fixture.Faults.Writes("user-profile");

        fixture.Faults.FailWrites("user-profile", true);
        await user.UpdateProfileAsync(new ProfileUpdate(Signature: "kept despite a failed flush"));
        await Task.Delay(FlushWindow);
        var writesWhileFailing = fixture.Faults.Writes("user-profile");
        fixture.Faults.FailWrites("user-profile", false);
        await Task.Delay(FlushWindow);

        Assert.Equal(writesBefore, writesWhileFailing);
        Assert.True(fixture.Faults.Writes("user-profile") > writesBefore);
        Assert.Equal("kept despite a failed flush", (await user.GetProfileAsync()).Value!.Signature);
    }

    private (int Account, int Profile, int Games) Snapshot() =>
        (fixture.Faults.Writes("user-account"), fixture.Faults.Writes("user-profile"), fixture.Faults.Writes("user-games"));
}
