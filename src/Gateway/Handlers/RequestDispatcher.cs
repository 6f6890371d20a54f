using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SanguoOrleans.Gateway.Connections;
using SanguoOrleans.Gateway.Hosting;
using SanguoOrleans.Grains.Interfaces.Cluster;
using SanguoOrleans.Protocol;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.Handlers;

/// <summary>Turns one client request into grain calls and one reply.</summary>
internal sealed partial class RequestDispatcher(
    IGrainFactory grains,
    IHostApplicationLifetime lifetime,
    IOptions<ClientGatewayOptions> options,
    GatewayMetrics metrics,
    ILogger<RequestDispatcher> logger)
{
    public async Task<ServerMessage> DispatchAsync(ClientMessage request, CancellationToken cancellationToken)
    {
        var reply = new ServerMessage { RequestId = request.RequestId };
        metrics.RequestHandled(request.BodyCase.ToString());

        // The host has started once its cluster client (or silo) has; before that, grain calls cannot be routed.
        if (!lifetime.ApplicationStarted.IsCancellationRequested)
        {
            reply.Error = Error(ErrorCode.Unavailable, "The gateway is still joining the cluster; retry.");
            return reply;
        }

        try
        {
            switch (request.BodyCase)
            {
                case ClientMessage.BodyOneofCase.Ping:
                    reply.Ping = await PingAsync(request.Ping, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    reply.Error = Error(ErrorCode.BadRequest, "The request has no body this server knows.");
                    break;
            }
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

    private async Task<PingReply> PingAsync(PingRequest ping, CancellationToken cancellationToken)
    {
        var result = await ClusterCall.RetryAsync(
            () => grains.GetGrain<IPingGrain>(0).PingAsync(ping.ClientTimeUnixMs),
            options.Value.RequestTimeout,
            cancellationToken).ConfigureAwait(false);
        return new PingReply
        {
            ClientTimeUnixMs = result.ClientTimeUnixMs,
            ServerTimeUnixMs = result.ServerTimeUnixMs,
            Silo = result.Silo,
        };
    }

    private static Error Error(ErrorCode code, string message) => new() { Code = code, Message = message };

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Kind} failed")]
    private static partial void LogRequestFailed(ILogger logger, string kind, Exception exception);
}
