using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Grains.Tests.Users;

[Collection(ClusterCollection.Name)]
public class UserProfileTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Nickname_IsChosenOnce()
    {
        var user = await TestUsers.RegisterAsync(fixture.Grains);
        var nickname = TestUsers.NewNickname();

        var first = await user.SetNicknameAsync(nickname);
        var second = await user.SetNicknameAsync(TestUsers.NewNickname());

        Assert.Equal(nickname, first.Value?.Nickname);
        Assert.Equal(RefusalCode.NicknameAlreadySet, second.Refusal?.Code);
        Assert.Equal(nickname, (await user.GetProfileAsync()).Value!.Nickname);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("thirteen_char")]
    [InlineData("with space")]
    [InlineData("bad!")]
    public async Task Nickname_BreakingTheRules_IsRefused(string nickname)
    {
        var user = await TestUsers.RegisterAsync(fixture.Grains);

        var outcome = await user.SetNicknameAsync(nickname);

        Assert.Equal(RefusalCode.NicknameInvalid, outcome.Refusal?.Code);
        Assert.Null((await user.GetProfileAsync()).Value!.Nickname);
    }

    [Fact]
    public async Task Nickname_ChineseIsAccepted_AndFullWidthOrOtherCaseCountsAsTaken()
    {
        var suffix = Guid.NewGuid().ToString("N")[..4];
        var owner = await TestUsers.RegisterAsync(fixture.Grains);
        var other = await TestUsers.RegisterAsync(fixture.Grains);

        var chinese = await owner.SetNicknameAsync("赵云" + suffix);
        var lookAlike = await other.SetNicknameAsync("赵云" + string.Concat(suffix.ToUpperInvariant().Select(c => (char)(c + 0xFEE0))));

        Assert.True(chinese.Ok);
        Assert.Equal(RefusalCode.NicknameTaken, lookAlike.Refusal?.Code);
    }

    [Fact]
    public async Task Nickname_ClaimedByManyAtOnce_GoesToExactlyOne()
    {
        var users = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => TestUsers.RegisterAsync(fixture.Grains)));
        var nickname = TestUsers.NewNickname();

        var outcomes = await Task.WhenAll(users.Select(u => u.SetNicknameAsync(nickname)));

        var winner = Assert.Single(outcomes, o => o.Ok);
        Assert.All(outcomes.Where(o => !o.Ok), o => Assert.Equal(RefusalCode.NicknameTaken, o.Refusal!.Code));
        Assert.Equal(winner.Value!.UserId, await fixture.Grains.GetGrain<INicknameGrain>(Nicknames.Key(nickname)).GetOwnerAsync());
    }

    [Fact]
    public async Task ProfileUpdates_AndExperience_ShowInTheProfile()
    {
        var user = await TestUsers.RegisterAsync(fixture.Grains);

        await user.UpdateProfileAsync(new ProfileUpdate(Avatar: 7, Signature: "桃园结义"));
        await user.AddExperienceAsync(150);
        var profile = (await user.AddExperienceAsync(60)).Value!;

        Assert.Equal(7, profile.Avatar);
        Assert.Equal("桃园结义", profile.Signature);
        Assert.Equal(210, profile.Experience);
        Assert.Equal(3, profile.Level);
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(ProfileUpdate.AvatarCount, null)]
    [InlineData(null, "this signature is far too long to be accepted by the profile rules of the game")]
    public async Task ProfileUpdate_OutOfRange_IsRefusedAndChangesNothing(int? avatar, string? signature)
    {
        var user = await TestUsers.RegisterAsync(fixture.Grains);

        var outcome = await user.UpdateProfileAsync(new ProfileUpdate(avatar, signature));

        Assert.Equal(RefusalCode.InvalidArgument, outcome.Refusal?.Code);
        Assert.Equal(0, (await user.GetProfileAsync()).Value!.Avatar);
    }

    [Fact]
    public async Task UnknownUser_IsReportedAsNotFound()
    {
        var ghost = fixture.Grains.GetGrain<IUserGrain>(Guid.NewGuid());

        Assert.Equal(RefusalCode.UserNotFound, (await ghost.GetProfileAsync()).Refusal?.Code);
        Assert.Equal(RefusalCode.UserNotFound, (await ghost.SetNicknameAsync("ghost")).Refusal?.Code);
    }
}
