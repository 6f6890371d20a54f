using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SanguoOrleans.Gateway.Connections;
using SanguoOrleans.Gateway.Hosting;
using SanguoOrleans.Gateway.Sessions;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Protocol;
using static SanguoOrleans.Gateway.Mapping.Refusals;
using Body = SanguoOrleans.Protocol.ClientMessage.BodyOneofCase;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.Handlers;

/// <summary>Turns one client request into grain calls and one reply, on behalf of the connection's session.</summary>
internal sealed partial class RequestDispatcher(
    IGrainFactory grains,
    IHostApplicationLifetime lifetime,
    IOptions<ClientGatewayOptions> options,
    TimeProvider clock,
    GatewayMetrics metrics,
    ILogger<RequestDispatcher> logger)
{
    public async Task<ServerMessage> DispatchAsync(ClientMessage request, ClientSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var reply = new ServerMessage { RequestId = request.RequestId };
        metrics.RequestHandled(request.BodyCase.ToString());

        // The host has started once its cluster client (or silo) has; before that, grain calls cannot be routed.
        if (!lifetime.ApplicationStarted.IsCancellationRequested)
        {
            reply.Error = Error(ErrorCode.Unavailable, "The gateway is still joining the cluster; retry.");
            return reply;
        }

        if (session.UserId is null && !AllowedBeforeLogin(request.BodyCase))
        {
            reply.Error = Error(ErrorCode.NotLoggedIn, $"{request.BodyCase} needs a session: log in or resume first.");
            return reply;
        }

        try
        {
            await HandleAsync(request, session, reply, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (ClusterCall.IsTransient(e) || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            reply.Error = Error(ErrorCode.Unavailable, "The cluster did not answer in time; retry.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRequestFailed(logger, request.BodyCase.ToString(), e);
            reply.Error = Error(ErrorCode.Internal, "The server failed to handle the request.");
        }

        return reply;
    }

    /// <summary>
    /// Requests that change nothing, neither in the cluster nor in the session: a connection may answer several at once,
    /// and in any order.
    /// </summary>
    public static bool IsRead(Body body) => body is Body.Ping or Body.Heartbeat or Body.GetProfile or Body.GetBalance
        or Body.ListLobby or Body.GetTable or Body.GetReplay or Body.ChatHistory or Body.GetLadderProfile
        or Body.GetLeaderboard or Body.LadderStatus or Body.GetRoguelike;

    private static bool AllowedBeforeLogin(Body body) =>
        body is Body.None or Body.Ping or Body.Hello or Body.Register or Body.Login or Body.Resume or Body.Heartbeat;

    private Task HandleAsync(ClientMessage request, ClientSession session, ServerMessage reply, CancellationToken ct) => request.BodyCase switch
    {
        Body.Ping => PingAsync(request.Ping, reply, ct),
        Body.Hello => Hello(request.Hello, session, reply),
        Body.Heartbeat => Heartbeat(reply),
        Body.Register => RegisterAsync(request.Register, reply, ct),
        Body.Login => LoginAsync(request.Login, session, reply, ct),
        Body.Resume => ResumeAsync(request.Resume, session, reply, ct),
        Body.Logout => LogoutAsync(session, reply),
        Body.GetProfile => GetProfileAsync(session, reply, ct),
        Body.SetNickname => SetNicknameAsync(request.SetNickname, session, reply, ct),
        Body.GetBalance => GetBalanceAsync(session, reply, ct),
        Body.ListLobby => ListLobbyAsync(request.ListLobby, reply, ct),
        Body.CreateTable => CreateTableAsync(request.CreateTable, session, reply, ct),
        Body.JoinTable => JoinTableAsync(request.JoinTable.TableId, request.JoinTable.Password, session, reply, ct),
        Body.Spectate => JoinTableAsync(request.Spectate.TableId, request.Spectate.Password, session, reply, ct),
        Body.ReconnectTable => ReconnectTableAsync(request.ReconnectTable.TableId, session, reply, ct),
        Body.LeaveTable => LeaveTableAsync(request.LeaveTable.TableId, session, reply, ct),
        Body.Sit => TableCallAsync(request.Sit.TableId, reply, (t, u) => t.SitAsync(u, request.Sit.Seat), session, ct),
        Body.Stand => TableCallAsync(request.Stand.TableId, reply, (t, u) => t.StandAsync(u), session, ct),
        Body.SetReady => TableCallAsync(request.SetReady.TableId, reply, (t, u) => t.SetReadyAsync(u, request.SetReady.Ready), session, ct),
        Body.AddAi => TableCallAsync(request.AddAi.TableId, reply, (t, u) => t.AddAiAsync(u, request.AddAi.Seat), session, ct),
        Body.RemoveAi => TableCallAsync(request.RemoveAi.TableId, reply, (t, u) => t.RemoveAiAsync(u, request.RemoveAi.Seat), session, ct),
        Body.StartTable => TableCallAsync(request.StartTable.TableId, reply, (t, u) => t.StartAsync(u), session, ct),
        Body.GetTable => TableCallAsync(request.GetTable.TableId, reply, (t, _) => t.GetInfoAsync(), session, ct),
        Body.SetAutoPlay => TableCallAsync(request.SetAutoPlay.TableId, reply, (t, u) => t.SetAutoPlayAsync(u, request.SetAutoPlay.Enabled), session, ct),
        Body.SubmitDecision => SubmitDecisionAsync(request.SubmitDecision, session, reply, ct),
        Body.GetReplay => GetReplayAsync(request.GetReplay.TableId, reply, ct),
        Body.JoinChat => JoinChatAsync(request.JoinChat.Channel, session, reply, ct),
        Body.LeaveChat => LeaveChatAsync(request.LeaveChat.Channel, session, reply, ct),
        Body.SendChat => SendChatAsync(request.SendChat, session, reply, ct),
        Body.ChatHistory => ChatHistoryAsync(request.ChatHistory.Channel, session, reply, ct),
        Body.GetLadderProfile => GetLadderProfileAsync(request.GetLadderProfile.LadderId, session, reply, ct),
        Body.GetLeaderboard => GetLeaderboardAsync(request.GetLeaderboard, reply, ct),
        Body.MuteChat => MuteChatAsync(request.MuteChat, session, reply, ct),
        Body.JoinLadder => JoinLadderAsync(request.JoinLadder.Ladder, session, reply, ct),
        Body.LeaveLadder => LeaveLadderAsync(request.LeaveLadder.Ladder, session, reply, ct),
        Body.LadderStatus => LadderStatusAsync(request.LadderStatus.Ladder, session, reply, ct),
        Body.LadderInvite => LadderInviteAsync(request.LadderInvite, session, reply, ct),
        Body.LadderAnswer => LadderAnswerAsync(request.LadderAnswer, session, reply, ct),
        Body.GetRoguelike or Body.StartRoguelikeRun or Body.RoguelikeMove or Body.RoguelikeFight or Body.RoguelikeClaim
            or Body.RoguelikeBuy => RoguelikeAsync(request, session, reply, ct),
        _ => BadRequest(reply, "The request has no body this server knows."),
    };

    private static Task BadRequest(ServerMessage reply, string message)
    {
        reply.Error = Error(ErrorCode.BadRequest, message);
        return Task.CompletedTask;
    }

    /// <summary>Copies a refusal into the reply; true when there was one.</summary>
    private static bool Refused<T>(Outcome<T> outcome, ServerMessage reply)
    {
        if (outcome.Refusal is { } refusal)
        {
            reply.Error = ToError(refusal);
            return true;
        }

        return false;
    }

    /// <summary>A read, retried across transient cluster failures.</summary>
    private Task<T> ReadAsync<T>(Func<Task<T>> call, CancellationToken ct) => ClusterCall.RetryAsync(call, options.Value.RequestTimeout, ct);

    /// <summary>A change, tried once: a retry could apply it twice.</summary>
    private Task<T> ChangeAsync<T>(Func<Task<T>> call, CancellationToken ct) => call().WaitAsync(options.Value.RequestTimeout, ct);

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Kind} failed")]
    private static partial void LogRequestFailed(ILogger logger, string kind, Exception exception);
}
