using SanguoOrleans.Gateway.Sessions;
using SanguoOrleans.Grains.Interfaces.Accounts;
using SanguoOrleans.Grains.Interfaces.Cluster;
using SanguoOrleans.Grains.Interfaces.Users;
using SanguoOrleans.Protocol;
using static SanguoOrleans.Gateway.Mapping.Refusals;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.Handlers;

/// <summary>Handshake, accounts and sessions.</summary>
internal sealed partial class RequestDispatcher
{
    private async Task PingAsync(PingRequest ping, ServerMessage reply, CancellationToken ct)
    {
        var result = await ReadAsync(() => grains.GetGrain<IPingGrain>(0).PingAsync(ping.ClientTimeUnixMs), ct).ConfigureAwait(false);
        reply.Ping = new PingReply { ClientTimeUnixMs = result.ClientTimeUnixMs, ServerTimeUnixMs = result.ServerTimeUnixMs, Silo = result.Silo };
    }

    private Task Heartbeat(ServerMessage reply)
    {
        reply.Heartbeat = new HeartbeatReply { ServerTimeUnixMs = clock.GetUtcNow().ToUnixTimeMilliseconds() };
        return Task.CompletedTask;
    }

    private Task Hello(HelloRequest hello, ClientSession session, ServerMessage reply)
    {
        var minimum = options.Value.MinClientVersion;
        if (hello.ProtocolVersion != 0 && hello.ProtocolVersion != ProtocolVersion.Current)
        {
            session.CloseAfterReply = true;
            reply.Error = Error(ErrorCode.ProtocolUnsupported, $"This gateway speaks protocol version {ProtocolVersion.Current}, not {hello.ProtocolVersion}.");
        }
        else if (!Version.TryParse(hello.ClientVersion, out var version))
        {
            reply.Error = Error(ErrorCode.BadRequest, "client_version must be \"major.minor.patch\".");
        }
        else if (Version.TryParse(minimum, out var min) && version < min)
        {
            session.CloseAfterReply = true;
            reply.Error = Error(ErrorCode.VersionTooOld, $"Client version {hello.ClientVersion} is too old; the minimum is {minimum}. Please update.");
        }
        else
        {
            session.Greeted = true;
            reply.Hello = new HelloReply
            {
                ProtocolVersion = ProtocolVersion.Current,
                MinClientVersion = minimum,
                IdleTimeoutMs = (uint)options.Value.IdleTimeout.TotalMilliseconds,
                MaxFrameSize = (uint)options.Value.MaxFrameSize,
            };
        }

        return Task.CompletedTask;
    }

    private async Task RegisterAsync(RegisterRequest register, ServerMessage reply, CancellationToken ct)
    {
        if (CredentialsProblem(register.Account, register.Password) is { } problem)
        {
            reply.Error = Error(ErrorCode.InvalidArgument, problem);
            return;
        }

        var account = grains.GetGrain<IAccountGrain>(AccountNames.Key(register.Account));
        var outcome = await ChangeAsync(() => account.RegisterAsync(register.Password), ct).ConfigureAwait(false);
        if (!Refused(outcome, reply))
        {
            reply.Registered = new RegisterReply { UserId = outcome.Value.ToString() };
        }
    }

    private async Task LoginAsync(LoginRequest login, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (session.UserId is not null)
        {
            reply.Error = Error(ErrorCode.AlreadyLoggedIn, "This connection is logged in already; log out first.");
            return;
        }

        if (CredentialsProblem(login.Account, login.Password) is not null)
        {
            reply.Error = Error(ErrorCode.WrongCredentials, "Wrong account name or password.");
            return;
        }

        var account = grains.GetGrain<IAccountGrain>(AccountNames.Key(login.Account));
        var user = await ReadAsync(() => account.AuthenticateAsync(login.Password), ct).ConfigureAwait(false);
        if (Refused(user, reply))
        {
            return;
        }

        var observer = session.SessionObserver;
        var grant = await ChangeAsync(() => grains.GetGrain<IUserGrain>(user.Value).OpenSessionAsync(observer), ct).ConfigureAwait(false);
        if (!Refused(grant, reply))
        {
            Attach(session, grant.Value!, reply);
        }
    }

    private async Task ResumeAsync(ResumeRequest resume, ClientSession session, ServerMessage reply, CancellationToken ct)
    {
        if (session.UserId is not null)
        {
            reply.Error = Error(ErrorCode.AlreadyLoggedIn, "This connection is logged in already; log out first.");
            return;
        }

        if (!Guid.TryParse(resume.UserId, out var userId) || string.IsNullOrEmpty(resume.Token))
        {
            reply.Error = Error(ErrorCode.InvalidArgument, "Resume needs the user_id and token of a session.");
            return;
        }

        var observer = session.SessionObserver;
        var grant = await ChangeAsync(() => grains.GetGrain<IUserGrain>(userId).ResumeSessionAsync(resume.Token, observer), ct).ConfigureAwait(false);
        if (!Refused(grant, reply))
        {
            Attach(session, grant.Value!, reply);
        }
    }

    private static async Task LogoutAsync(ClientSession session, ServerMessage reply)
    {
        await session.LogoutAsync().ConfigureAwait(false);
        reply.Done = new Done();
    }

    private static void Attach(ClientSession session, SessionGrant grant, ServerMessage reply)
    {
        session.LoggedIn(grant.UserId, grant.Token);
        reply.Session = new SessionReply
        {
            UserId = grant.UserId.ToString(),
            Token = grant.Token,
            ExpiresAtUnixMs = grant.ExpiresAt.ToUnixTimeMilliseconds(),
        };
    }

    private static string? CredentialsProblem(string account, string password) =>
        !AccountNames.IsValid(account) ? "An account name has 3 to 32 letters, digits, '_', '.' or '-'."
        : password.Length is < AccountNames.MinPasswordLength or > AccountNames.MaxPasswordLength
            ? $"A password has {AccountNames.MinPasswordLength} to {AccountNames.MaxPasswordLength} characters."
            : null;
}
