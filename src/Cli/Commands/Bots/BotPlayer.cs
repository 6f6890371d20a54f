using System.Diagnostics;
using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Views;
using SanguoOrleans.Protocol;
using SanguoOrleans.Protocol.EngineRecords;
using DecisionRequest = SanguoOrleans.Game.Decisions.DecisionRequest;
using GameSettings = SanguoOrleans.Game.Modes.GameSettings;
using PlayerView = SanguoOrleans.Game.Views.PlayerView;

namespace SanguoOrleans.Cli.Commands.Bots;

/// <summary>
/// Plays one seat of one table through the protocol: folds the pushed events into its own view (what a real client
/// sees) and answers each pushed request with the engine's AI over that view.
/// </summary>
public sealed class BotPlayer(GameClient client, string tableId, GameSettings settings, bool smart = true)
{
    private readonly SmartAi _smart = new(settings);
    private readonly TrustAi _trust = new();

    /// <summary>Decisions the table acknowledged.</summary>
    public int Decisions { get; private set; }

    /// <summary>Milliseconds from sending each decision to its acknowledgement.</summary>
    public List<double> RoundTripsMs { get; } = [];

    /// <summary>Refusals and unexpected replies.</summary>
    public List<Error> Errors { get; } = [];

    /// <summary>Every push of this connection, for checks on what a client was sent.</summary>
    public List<ServerMessage> Pushes { get; } = [];

    /// <summary>Plays from <paramref name="snapshot"/> until the game is over (true) or the connection ends (false).</summary>
    public async Task<bool> PlayToEndAsync(TableSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var seat = snapshot.Viewer;
        var folder = snapshot.View is { } view ? ViewFolder.From(view.ToEngine()) : new ViewFolder(seat);
        var started = snapshot.View is not null;
        var lastSeq = snapshot.Seq;
        var pending = snapshot.Pending?.ToEngine();
        var answered = -1;
        while (true)
        {
            if (pending is { } request && request.Id != answered)
            {
                answered = request.Id;
                await AnswerAsync(started ? folder.ToView() : null, request, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!await client.Pushes.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            while (client.Pushes.TryRead(out var push))
            {
                Pushes.Add(push);
                if (push.BodyCase == ServerMessage.BodyOneofCase.SessionEnded)
                {
                    return false;
                }

                if (push.BodyCase != ServerMessage.BodyOneofCase.GameAdvanced || push.GameAdvanced.TableId != tableId)
                {
                    continue;
                }

                foreach (var e in push.GameAdvanced.EventsAfter(lastSeq))
                {
                    folder.Apply(e);
                    started |= e.Kind == Game.Events.EventKind.GameStarted;
                    lastSeq = e.Seq;
                }

                if (push.GameAdvanced.Over)
                {
                    return true;
                }

                pending = push.GameAdvanced.Pending?.ToEngine();
            }
        }
    }

    private async Task AnswerAsync(PlayerView? view, DecisionRequest request, CancellationToken cancellationToken)
    {
        var decision = Decide(view, request);
        var reply = await SubmitAsync(decision, cancellationToken).ConfigureAwait(false);
        if (reply.Error is { Code: Protocol.ErrorCode.IllegalDecision })
        {
            // The AI misread its folded view; the default answer is always legal.
            reply = await SubmitAsync(GameEngine.DefaultDecision(request), cancellationToken).ConfigureAwait(false);
        }

        // A stale request (a race someone else won, a deadline that passed) is part of the game, not an error.
        if (reply.BodyCase == ServerMessage.BodyOneofCase.Error && reply.Error.Code != Protocol.ErrorCode.StaleDecision)
        {
            Errors.Add(reply.Error);
        }
    }

    private async Task<ServerMessage> SubmitAsync(Game.Decisions.Decision decision, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var reply = await client.RequestAsync(
            new ClientMessage { SubmitDecision = new SubmitDecisionRequest { TableId = tableId, Decision = decision.ToProto() } },
            cancellationToken).ConfigureAwait(false);
        if (reply.BodyCase == ServerMessage.BodyOneofCase.DecisionAccepted)
        {
            Decisions++;
            RoundTripsMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return reply;
    }

    private Game.Decisions.Decision Decide(PlayerView? view, DecisionRequest request)
    {
        if (!smart || view is null)
        {
            return _trust.Decide(view!, request);
        }

        try
        {
            return _smart.Decide(view, request);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or KeyNotFoundException)
        {
            return GameEngine.DefaultDecision(request);
        }
    }
}
