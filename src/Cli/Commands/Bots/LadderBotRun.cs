using System.Collections.Concurrent;
using System.Diagnostics;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Protocol;
using GameSettings = SanguoOrleans.Game.Modes.GameSettings;

namespace SanguoOrleans.Cli.Commands.Bots;

/// <summary>
/// Bots that play ranked: they queue on a ladder (for doubles, pairs team up by invitation), wait for the match,
/// join the ranked table they are pushed and play it to the end, then queue again until the duration is up.
/// </summary>
public sealed class LadderBotRun(string host, int port, int clients, string ladder, TimeSpan duration)
{
    private const string Password = "bot-password-1";

    // Enough for a match to form, its table to wait for its players, and a game with a bot or two in it.
    private static readonly TimeSpan MatchPatience = TimeSpan.FromMinutes(4);

    private readonly BotTally _tally = new();
    private readonly ConcurrentDictionary<string, bool> _tables = new();

    /// <summary>The ladders bots can queue on.</summary>
    public static bool IsLadder(string? name) => name is "doubles" or "identity8";

    public async Task<BotReport> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var bots = new List<GameClient>();
        try
        {
            for (var i = 0; i < clients; i++)
            {
                bots.Add(await GameClient.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false));
            }

            await Task.WhenAll(bots.Select(b => b.SignUpAsync("lb" + Guid.NewGuid().ToString("N")[..20], Password, cancellationToken))).ConfigureAwait(false);
            using var stopQueueing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            stopQueueing.CancelAfter(duration);
            var teams = ladder == "doubles" ? bots.Chunk(2).ToList() : bots.Select(b => new[] { b }).ToList();
            await Task.WhenAll(teams.Select(team => RunTeamAsync(team, stopQueueing.Token, cancellationToken))).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or BotException)
        {
            _tally.Error(e.Message);
        }
        finally
        {
            foreach (var bot in bots)
            {
                await bot.DisposeAsync().ConfigureAwait(false);
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return _tally.Report(clients, "ladder " + ladder, elapsed, _tables.Count(t => t.Value));
    }

    /// <summary>One ticket's bots: queue (as a team when two), play the match, again until told to stop.</summary>
    private async Task RunTeamAsync(GameClient[] team, CancellationToken stopQueueing, CancellationToken cancellationToken)
    {
        try
        {
            while (!stopQueueing.IsCancellationRequested)
            {
                await QueueAsync(team, cancellationToken).ConfigureAwait(false);
                await Task.WhenAll(team.Select(bot => PlayMatchAsync(bot, cancellationToken))).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or BotException or TimeoutException)
        {
            _tally.Error(e.Message);
        }
    }

    private async Task QueueAsync(GameClient[] team, CancellationToken cancellationToken)
    {
        if (team.Length == 1)
        {
            await team[0].RequestAcceptedAsync(new ClientMessage { JoinLadder = new JoinLadderRequest { Ladder = ladder } }, cancellationToken).ConfigureAwait(false);
            return;
        }

        var inviter = await team[0].RequestAcceptedAsync(new ClientMessage { GetProfile = new GetProfileRequest() }, cancellationToken).ConfigureAwait(false);
        var invitee = await team[1].RequestAcceptedAsync(new ClientMessage { GetProfile = new GetProfileRequest() }, cancellationToken).ConfigureAwait(false);
        await team[0].RequestAcceptedAsync(new ClientMessage { LadderInvite = new LadderInviteRequest { Ladder = ladder, UserId = invitee.Profile.UserId } }, cancellationToken).ConfigureAwait(false);
        await NextNoticeAsync(team[1], LadderNoticeKind.Invited, cancellationToken).ConfigureAwait(false);
        await team[1].RequestAcceptedAsync(new ClientMessage { LadderAnswer = new LadderAnswerRequest { Ladder = ladder, InviterUserId = inviter.Profile.UserId, Accept = true } }, cancellationToken).ConfigureAwait(false);
    }

    private async Task PlayMatchAsync(GameClient bot, CancellationToken cancellationToken)
    {
        var found = await NextNoticeAsync(bot, LadderNoticeKind.MatchFound, cancellationToken).ConfigureAwait(false);
        var joined = await bot.RequestAcceptedAsync(new ClientMessage { JoinTable = new JoinTableRequest { TableId = found.TableId } }, cancellationToken).ConfigureAwait(false);
        var settings = new GameSettings(ProtocolModes.ToEngine(joined.TableSnapshot.Info.Mode));
        var player = new BotPlayer(bot, found.TableId, settings);
        var finished = await player.PlayToEndAsync(joined.TableSnapshot, cancellationToken).ConfigureAwait(false);
        _tally.Add(player);

        _tables.AddOrUpdate(found.TableId, finished, (_, before) => before && finished);
        await bot.RequestAsync(new ClientMessage { LeaveTable = new LeaveTableRequest { TableId = found.TableId } }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads pushes until a ladder notice of <paramref name="kind"/>; other pushes before it are of no use here.</summary>
    private static async Task<LadderNotice> NextNoticeAsync(GameClient bot, LadderNoticeKind kind, CancellationToken cancellationToken)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(MatchPatience);
        try
        {
            while (await bot.Pushes.WaitToReadAsync(patience.Token).ConfigureAwait(false))
            {
                while (bot.Pushes.TryRead(out var push))
                {
                    if (push.BodyCase == ServerMessage.BodyOneofCase.LadderNotice && push.LadderNotice.Kind == kind)
                    {
                        return push.LadderNotice;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No {kind} ladder notice within {MatchPatience}.");
        }

        throw new IOException("The gateway closed the connection.");
    }
}
