using System.Diagnostics;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Protocol;
using GameMode = SanguoOrleans.Game.Modes.GameMode;
using GameSettings = SanguoOrleans.Game.Modes.GameSettings;

namespace SanguoOrleans.Cli.Commands.Bots;

/// <summary>
/// Runs bot clients in table-sized groups: each group's first bot creates a table, the others join and sit, AI fills
/// the rest; they play to the end, leave, and start again until the duration is up.
/// </summary>
public sealed class BotRun(string host, int port, int clients, GameMode mode, TimeSpan duration)
{
    private const string Password = "bot-password-1";

    private readonly BotTally _tally = new();
    private int _games;

    /// <summary>Parses the --mode names.</summary>
    public static bool TryParseMode(string name, out GameMode mode)
    {
        mode = name?.ToUpperInvariant() switch
        {
            "IDENTITY5" => GameMode.Identity5,
            "IDENTITY8" => GameMode.Identity8,
            "IDENTITY8-DOUBLE-RENEGADE" => GameMode.Identity8DoubleRenegade,
            "DOUBLES" => GameMode.Doubles,
            "1V1" => GameMode.OneVsOne,
            _ => (GameMode)(-1),
        };
        return Enum.IsDefined(mode);
    }

    public async Task<BotReport> RunAsync(CancellationToken cancellationToken)
    {
        var seats = new GameSettings(mode).PlayerCount;
        var started = Stopwatch.GetTimestamp();
        var groups = Enumerable.Range(0, clients).GroupBy(i => i / seats).Select(g => g.Count());
        await Task.WhenAll(groups.Select(size => RunGroupAsync(size, cancellationToken))).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return _tally.Report(clients, mode.ToString(), elapsed, _games);
    }

    private async Task RunGroupAsync(int size, CancellationToken cancellationToken)
    {
        var bots = new List<GameClient>();
        try
        {
            for (var i = 0; i < size; i++)
            {
                bots.Add(await GameClient.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false));
            }

            // Registration hashes passwords slowly on purpose; the play time starts once everyone is in.
            await Task.WhenAll(bots.Select(b => b.SignUpAsync("bot" + Guid.NewGuid().ToString("N")[..20], Password, cancellationToken))).ConfigureAwait(false);
            using var stopStarting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            stopStarting.CancelAfter(duration);
            while (!stopStarting.IsCancellationRequested)
            {
                if (!await PlayOneGameAsync(bots, cancellationToken).ConfigureAwait(false))
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or BotException)
        {
            _tally.Error(e.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by the user.
        }
        finally
        {
            foreach (var bot in bots)
            {
                await bot.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> PlayOneGameAsync(List<GameClient> bots, CancellationToken cancellationToken)
    {
        var owner = bots[0];
        var created = await owner.RequestAcceptedAsync(new ClientMessage { CreateTable = new CreateTableRequest { Name = "bots", Private = true, Mode = ProtocolModes.ToProto(mode) } }, cancellationToken).ConfigureAwait(false);
        var tableId = created.TableSnapshot.Info.TableId;
        var seatCount = created.TableSnapshot.Info.Seats.Count;
        for (var seat = 1; seat < bots.Count; seat++)
        {
            await bots[seat].RequestAcceptedAsync(new ClientMessage { JoinTable = new JoinTableRequest { TableId = tableId } }, cancellationToken).ConfigureAwait(false);
            await bots[seat].RequestAcceptedAsync(new ClientMessage { Sit = new SitRequest { TableId = tableId, Seat = seat } }, cancellationToken).ConfigureAwait(false);
            await bots[seat].RequestAcceptedAsync(new ClientMessage { SetReady = new SetReadyRequest { TableId = tableId, Ready = true } }, cancellationToken).ConfigureAwait(false);
        }

        for (var seat = bots.Count; seat < seatCount; seat++)
        {
            await owner.RequestAcceptedAsync(new ClientMessage { AddAi = new AddAiRequest { TableId = tableId, Seat = seat } }, cancellationToken).ConfigureAwait(false);
        }

        var players = bots.Select(b => new BotPlayer(b, tableId, new GameSettings(mode))).ToList();
        var plays = players.Select((p, seat) => p.PlayToEndAsync(new TableSnapshot { Viewer = seat, Seq = -1 }, cancellationToken)).ToList();
        await owner.RequestAcceptedAsync(new ClientMessage { StartTable = new StartTableRequest { TableId = tableId } }, cancellationToken).ConfigureAwait(false);
        var finished = await Task.WhenAll(plays).ConfigureAwait(false);
        foreach (var player in players)
        {
            _tally.Add(player);
        }

        if (finished.All(f => f))
        {
            Interlocked.Increment(ref _games);
        }

        foreach (var bot in bots)
        {
            await bot.RequestAsync(new ClientMessage { LeaveTable = new LeaveTableRequest { TableId = tableId } }, cancellationToken).ConfigureAwait(false);
        }

        return finished.All(f => f);
    }
}
