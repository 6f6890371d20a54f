using SanguoOrleans.Cli.Commands.Bots;
using SanguoOrleans.Protocol;
using Body = SanguoOrleans.Protocol.ServerMessage.BodyOneofCase;

namespace SanguoOrleans.Cli.Commands.Play;

/// <summary>Ranked play in the terminal: queue for a ladder and wait for the match; one's standing and the leaderboard.</summary>
public sealed class LadderFlow(GameClient client, InputLines input, TextWriter output)
{
    /// <summary>Queues and waits; the match's table to play, or null when the player left the queue or was dropped.</summary>
    public async Task<TableSnapshot?> QueueAsync(string ladder, CancellationToken cancellationToken)
    {
        var queued = await client.RequestAsync(new ClientMessage { JoinLadder = new JoinLadderRequest { Ladder = ladder } }, cancellationToken).ConfigureAwait(false);
        if (output.PrintRefusal(queued))
        {
            return null;
        }

        await output.WriteLineAsync($"Queued for ranked {ladder}; waiting for a match (AI take the seats nobody takes after a while). Type x to leave the queue, auto to let the AI play for you once it starts.").ConfigureAwait(false);
        var autoPlay = false;
        var waiting = new LinesAndPushes(input, client, cancellationToken);
        while (await waiting.WaitAsync().ConfigureAwait(false))
        {
            while (client.Pushes.TryRead(out var message))
            {
                switch (message.BodyCase)
                {
                    case Body.SessionEnded:
                        await output.WriteLineAsync($"Your session ended: {message.SessionEnded.Reason}.").ConfigureAwait(false);
                        return null;
                    case Body.LadderNotice when message.LadderNotice.Kind == LadderNoticeKind.MatchFound:
                        return await JoinMatchAsync(message.LadderNotice, autoPlay, cancellationToken).ConfigureAwait(false);
                    case Body.LadderNotice when message.LadderNotice.Kind == LadderNoticeKind.Dropped:
                        await output.WriteLineAsync("You were taken out of the queue without a match.").ConfigureAwait(false);
                        return null;
                    case Body.LadderNotice when message.LadderNotice.Kind == LadderNoticeKind.Requeued:
                        await output.WriteLineAsync("The match fell through; you are back in the queue at your place.").ConfigureAwait(false);
                        break;
                }
            }

            while (input.TryRead(out var typed))
            {
                if (typed is "x" or "leave")
                {
                    var left = await client.RequestAsync(new ClientMessage { LeaveLadder = new LeaveLadderRequest { Ladder = ladder } }, cancellationToken).ConfigureAwait(false);
                    if (!output.PrintRefusal(left))
                    {
                        await output.WriteLineAsync("You left the queue.").ConfigureAwait(false);
                        return null;
                    }
                }
                else if (typed == "auto")
                {
                    autoPlay = true;
                    await output.WriteLineAsync("The AI will play for you when the game starts.").ConfigureAwait(false);
                }
                else
                {
                    await ShowStatusAsync(ladder, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return null;
    }

    /// <summary>Prints the player's standing on <paramref name="ladder"/> and its leaderboard's top ten.</summary>
    public async Task ShowBoardAsync(string ladder, string userId, CancellationToken cancellationToken)
    {
        var profile = await client.RequestAsync(new ClientMessage { GetLadderProfile = new GetLadderProfileRequest { LadderId = ladder } }, cancellationToken).ConfigureAwait(false);
        var board = output.PrintRefusal(profile) ? null : await client.RequestAsync(new ClientMessage { GetLeaderboard = new GetLeaderboardRequest { LadderId = ladder, Count = 10 } }, cancellationToken).ConfigureAwait(false);
        if (board is null || output.PrintRefusal(board))
        {
            return;
        }

        var me = profile.LadderProfile;
        await output.WriteLineAsync($"Ranked {ladder}, season {me.Season}: you rate {me.Rating:F1}, {me.Tier} {me.Stars}★, {me.Won}/{me.Played} won"
            + (me.Rank > 0 ? $", rank {me.Rank}{(me.RankExact ? "" : " (about)")} of {me.Players}" : ", no ranked game yet")).ConfigureAwait(false);
        foreach (var entry in board.Leaderboard.Lines)
        {
            var name = entry.Nickname.Length > 0 ? entry.Nickname : entry.UserId;
            await output.WriteLineAsync($"  {entry.Rank,3}. {name}  {entry.Rating:F1}  {entry.Tier} {entry.Stars}★  {entry.Played} played{(entry.UserId == userId ? "  ← you" : "")}").ConfigureAwait(false);
        }
    }

    private async Task<TableSnapshot?> JoinMatchAsync(LadderNotice found, bool autoPlay, CancellationToken cancellationToken)
    {
        var joined = await client.RequestAsync(new ClientMessage { JoinTable = new JoinTableRequest { TableId = found.TableId } }, cancellationToken).ConfigureAwait(false);
        if (output.PrintRefusal(joined))
        {
            return null;
        }

        if (autoPlay)
        {
            output.PrintRefusal(await client.RequestAsync(new ClientMessage { SetAutoPlay = new SetAutoPlayRequest { TableId = found.TableId, Enabled = true } }, cancellationToken).ConfigureAwait(false));
        }

        await output.WriteLineAsync($"Match found: table {found.TableId}, your seat {found.Seat}. The game starts in a moment.").ConfigureAwait(false);
        return new TableSnapshot(joined.TableSnapshot) { Viewer = found.Seat };
    }

    private async Task ShowStatusAsync(string ladder, CancellationToken cancellationToken)
    {
        var status = await client.RequestAsync(new ClientMessage { LadderStatus = new LadderStatusRequest { Ladder = ladder } }, cancellationToken).ConfigureAwait(false);
        if (!output.PrintRefusal(status) && status.BodyCase == Body.LadderStatus)
        {
            var waited = status.LadderStatus.QueuedAtUnixMs > 0 ? (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - status.LadderStatus.QueuedAtUnixMs) / 1000 : 0;
            await output.WriteLineAsync($"Waiting {waited} s with {status.LadderStatus.Waiting} ticket(s) in the queue. Type x to leave it.").ConfigureAwait(false);
        }
    }
}
