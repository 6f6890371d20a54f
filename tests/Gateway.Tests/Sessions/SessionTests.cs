using SanguoOrleans.Protocol;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.Tests.Sessions;

public class SessionTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData(ClientMessage.BodyOneofCase.GetProfile)]
    [InlineData(ClientMessage.BodyOneofCase.GetBalance)]
    [InlineData(ClientMessage.BodyOneofCase.ListLobby)]
    [InlineData(ClientMessage.BodyOneofCase.CreateTable)]
    [InlineData(ClientMessage.BodyOneofCase.SubmitDecision)]
    public async Task RequestBeforeLogin_IsRefusedWithNotLoggedIn_AndTheConnectionStaysOpen(ClientMessage.BodyOneofCase kind)
    {
        await using var client = await gateway.ClientAsync();
        var request = kind switch
        {
            ClientMessage.BodyOneofCase.GetProfile => new ClientMessage { GetProfile = new GetProfileRequest() },
            ClientMessage.BodyOneofCase.GetBalance => new ClientMessage { GetBalance = new GetBalanceRequest() },
            ClientMessage.BodyOneofCase.ListLobby => new ClientMessage { ListLobby = new ListLobbyRequest() },
            ClientMessage.BodyOneofCase.CreateTable => new ClientMessage { CreateTable = new CreateTableRequest { Name = "x" } },
            _ => new ClientMessage { SubmitDecision = new SubmitDecisionRequest { TableId = "t1", Decision = new Decision() } },
        };

        var refusal = await client.AskAsync(request);

        Assert.Equal(ErrorCode.NotLoggedIn, refusal.Error.Code);
        Assert.Contains("log in", refusal.Error.Message, StringComparison.Ordinal);
        await client.OkAsync(new ClientMessage { Heartbeat = new HeartbeatRequest() }, ServerMessage.BodyOneofCase.Heartbeat);
    }

    [Fact]
    public async Task LoggedInClient_ReadsItsProfile_SetsANickname_AndSeesItsBalance()
    {
        await using var client = await gateway.ClientAsync();
        var (account, session) = await client.RegisterAndLoginAsync();
        var nickname = "n" + account[..8];

        var profile = await client.OkAsync(new ClientMessage { GetProfile = new GetProfileRequest() }, ServerMessage.BodyOneofCase.Profile);
        var renamed = await client.OkAsync(new ClientMessage { SetNickname = new SetNicknameRequest { Nickname = nickname } }, ServerMessage.BodyOneofCase.Profile);
        var again = await client.AskAsync(new ClientMessage { SetNickname = new SetNicknameRequest { Nickname = nickname + "x" } });
        var balance = await client.OkAsync(new ClientMessage { GetBalance = new GetBalanceRequest() }, ServerMessage.BodyOneofCase.Balance);

        Assert.Equal(session.UserId, profile.Profile.UserId);
        Assert.Equal(account, profile.Profile.Account);
        Assert.Equal(nickname, renamed.Profile.Nickname);
        Assert.Equal(ErrorCode.NicknameAlreadySet, again.Error.Code);
        Assert.True(balance.Balance.Tongqian >= 0);
    }

    [Fact]
    public async Task WrongPassword_IsRefusedWithWrongCredentials()
    {
        await using var client = await gateway.ClientAsync();
        var account = Requests.NewAccount();
        await client.OkAsync(new ClientMessage { Register = new RegisterRequest { Account = account, Password = Requests.Password } }, ServerMessage.BodyOneofCase.Registered);

        var refusal = await client.AskAsync(new ClientMessage { Login = new LoginRequest { Account = account, Password = "not the password" } });
        var taken = await client.AskAsync(new ClientMessage { Register = new RegisterRequest { Account = account, Password = Requests.Password } });

        Assert.Equal(ErrorCode.WrongCredentials, refusal.Error.Code);
        Assert.Equal(ErrorCode.AccountTaken, taken.Error.Code);
    }

    [Fact]
    public async Task SecondLogin_EndsTheFirstSession_WhoseConnectionIsToldWhyAndClosed()
    {
        await using var first = await gateway.ClientAsync();
        var (account, _) = await first.RegisterAndLoginAsync();
        await using var second = await gateway.ClientAsync();

        await second.OkAsync(new ClientMessage { Login = new LoginRequest { Account = account, Password = Requests.Password } }, ServerMessage.BodyOneofCase.Session);
        var notice = await first.NextPushAsync(ServerMessage.BodyOneofCase.SessionEnded);

        Assert.Equal(SessionEndReason.ReplacedByNewLogin, notice.SessionEnded.Reason);
        Assert.True(await first.IsClosedAsync());
        await second.OkAsync(new ClientMessage { GetProfile = new GetProfileRequest() }, ServerMessage.BodyOneofCase.Profile);
    }

    [Fact]
    public async Task Logout_RevokesTheToken_SoItCannotBeResumed()
    {
        await using var client = await gateway.ClientAsync();
        var (_, session) = await client.RegisterAndLoginAsync();

        await client.OkAsync(new ClientMessage { Logout = new LogoutRequest() }, ServerMessage.BodyOneofCase.Done);
        var afterLogout = await client.AskAsync(new ClientMessage { GetProfile = new GetProfileRequest() });
        var resume = await client.AskAsync(new ClientMessage { Resume = new ResumeRequest { UserId = session.UserId, Token = session.Token } });

        Assert.Equal(ErrorCode.NotLoggedIn, afterLogout.Error.Code);
        Assert.Equal(ErrorCode.SessionInvalid, resume.Error.Code);
    }

    [Fact]
    public async Task Hello_FromACurrentClient_IsAnsweredWithTheGatewayLimits()
    {
        await using var client = await gateway.ClientAsync();

        var reply = await client.OkAsync(new ClientMessage { Hello = new HelloRequest { ProtocolVersion = ProtocolVersion.Current, ClientVersion = "1.2.0" } }, ServerMessage.BodyOneofCase.Hello);

        Assert.Equal(ProtocolVersion.Current, reply.Hello.ProtocolVersion);
        Assert.Equal((uint)GatewayFixture.MaxFrameSize, reply.Hello.MaxFrameSize);
    }

    [Fact]
    public async Task Hello_FromATooOldClient_NamesTheMinimumVersion_ThenTheConnectionCloses()
    {
        await using var client = await gateway.ClientAsync();

        var reply = await client.AskAsync(new ClientMessage { Hello = new HelloRequest { ProtocolVersion = ProtocolVersion.Current, ClientVersion = "0.9.1" } });

        Assert.Equal(ErrorCode.VersionTooOld, reply.Error.Code);
        Assert.Contains("1.0.0", reply.Error.Message, StringComparison.Ordinal);
        Assert.True(await client.IsClosedAsync());
    }

    [Fact]
    public async Task Hello_FromAVersion1Client_WhichReadsEngineRecordsAsJson_IsRefusedAsUnsupported_ThenTheConnectionCloses()
    {
        await using var client = await gateway.ClientAsync();

        var reply = await client.AskAsync(new ClientMessage { Hello = new HelloRequest { ProtocolVersion = 1, ClientVersion = "1.2.0" } });

        Assert.Equal(2u, ProtocolVersion.Current);
        Assert.Equal(ErrorCode.ProtocolUnsupported, reply.Error.Code);
        Assert.True(await client.IsClosedAsync());
    }
}
