using System.CommandLine;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Cli.Commands;

/// <summary><c>sanguo ping</c>: one round trip client → gateway → grain → client, printed as a JSON line.</summary>
internal static class PingCommand
{
    public static Command Create()
    {
        var host = new Option<string>("--host") { Description = "Gateway host name or address.", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Gateway client TCP port.", DefaultValueFactory = _ => 7400 };
        var timeout = new Option<int>("--timeout-ms") { Description = "Give up after this many milliseconds.", DefaultValueFactory = _ => 5000 };
        var command = new Command("ping", "Checks that a gateway and the cluster behind it answer.") { host, port, timeout };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var outcome = await PingAsync(parse.GetValue(host)!, parse.GetValue(port), TimeSpan.FromMilliseconds(parse.GetValue(timeout)), cancellationToken)
                .ConfigureAwait(false);
            Console.Out.WriteLine(JsonSerializer.Serialize(outcome, CliJson.Options));
            return outcome.Ok ? 0 : 1;
        });
        return command;
    }

    private static async Task<PingOutcome> PingAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var tcp = new TcpClient { NoDelay = true };
            await tcp.ConnectAsync(host, port, deadline.Token).ConfigureAwait(false);
            var channel = new MessageChannel(tcp.GetStream());
            var started = Stopwatch.GetTimestamp();
            var request = new ClientMessage { RequestId = 1, Ping = new PingRequest { ClientTimeUnixMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() } };
            await channel.WriteAsync(request, deadline.Token).ConfigureAwait(false);
            var reply = await channel.ReadAsync(ServerMessage.Parser, deadline.Token).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started);
            return reply switch
            {
                null => PingOutcome.Failed("the gateway closed the connection without answering"),
                { BodyCase: ServerMessage.BodyOneofCase.Ping } => new PingOutcome(true, Math.Round(elapsed.TotalMilliseconds, 3), reply.Ping.Silo, null),
                { BodyCase: ServerMessage.BodyOneofCase.Error } => PingOutcome.Failed($"{reply.Error.Code}: {reply.Error.Message}"),
                _ => PingOutcome.Failed($"unexpected reply {reply.BodyCase}"),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return PingOutcome.Failed($"no answer from {host}:{port} within {timeout.TotalMilliseconds:0} ms");
        }
        catch (SocketException e)
        {
            return PingOutcome.Failed($"cannot connect to {host}:{port}: {e.SocketErrorCode}");
        }
        catch (Exception e) when (e is IOException or InvalidDataException or Google.Protobuf.InvalidProtocolBufferException)
        {
            return PingOutcome.Failed($"broken reply from {host}:{port}: {e.Message}");
        }
    }
}
