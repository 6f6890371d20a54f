using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Accounts;

namespace SanguoOrleans.Grains.Tests.Accounts;

[Collection(ClusterCollection.Name)]
public class AccountGrainTests(ClusterFixture fixture)
{
    private const string Password = "correct horse battery";

    private IAccountGrain Account(string name) => fixture.Grains.GetGrain<IAccountGrain>(AccountNames.Key(name));

    private static string NewName() => "player_" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Register_ThenAuthenticate_GivesTheSameUserAndCreatesTheProfile()
    {
        var name = NewName();

        var registered = await Account(name).RegisterAsync(Password);
        var authenticated = await Account(name.ToUpperInvariant()).AuthenticateAsync(Password);

        Assert.True(registered.Ok);
        Assert.Equal(registered.Value, authenticated.Value);
        var profile = await fixture.Grains.GetGrain<Interfaces.Users.IUserGrain>(registered.Value).GetProfileAsync();
        Assert.Equal(name, profile.Value!.AccountName);
    }

    [Fact]
    public async Task Register_ATakenNameInAnyCase_IsRefused()
    {
        var name = NewName();
        await Account(name).RegisterAsync(Password);

        var again = await Account(name.ToUpperInvariant()).RegisterAsync("another password");

        Assert.Equal(RefusalCode.AccountTaken, again.Refusal?.Code);
    }

    [Fact]
    public async Task Register_RacingForOneName_ExactlyOneWins()
    {
        var name = NewName();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Account(name).RegisterAsync(Password + i)));

        Assert.Single(attempts, a => a.Ok);
        Assert.All(attempts.Where(a => !a.Ok), a => Assert.Equal(RefusalCode.AccountTaken, a.Refusal!.Code));
    }

    [Theory]
    [InlineData("ab", Password)]
    [InlineData("has space", Password)]
    [InlineData("名字", Password)]
    [InlineData("valid_name", "short")]
    public async Task Register_WithAnInvalidNameOrPassword_IsRefused(string name, string password)
    {
        var outcome = await Account(name).RegisterAsync(password);

        Assert.Equal(RefusalCode.InvalidArgument, outcome.Refusal?.Code);
        Assert.Null(await Account(name).GetUserIdAsync());
    }

    [Fact]
    public async Task Authenticate_WrongPasswordAndUnknownAccount_AreRefusedAlike()
    {
        var name = NewName();
        await Account(name).RegisterAsync(Password);

        var wrongPassword = await Account(name).AuthenticateAsync("not the password");
        var unknown = await Account(NewName()).AuthenticateAsync(Password);

        Assert.Equal(RefusalCode.WrongCredentials, wrongPassword.Refusal?.Code);
        Assert.Equal(wrongPassword.Refusal, unknown.Refusal);
    }

    [Fact]
    public async Task Ban_RefusesLogin_AndUnbanRestoresIt()
    {
        var name = NewName();
        await Account(name).RegisterAsync(Password);

        await Account(name).SetBannedAsync(true, "cheating");
        var whileBanned = await Account(name).AuthenticateAsync(Password);
        await Account(name).SetBannedAsync(false, "appeal accepted");
        var afterUnban = await Account(name).AuthenticateAsync(Password);

        Assert.Equal(RefusalCode.Banned, whileBanned.Refusal?.Code);
        Assert.True(afterUnban.Ok);
    }
}
