using SanguoOrleans.Cli.Commands.Bots;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Views;
using SanguoOrleans.Protocol;
using SanguoOrleans.Protocol.EngineRecords;
using DecisionRequest = SanguoOrleans.Game.Decisions.DecisionRequest;
using GameEvent = SanguoOrleans.Game.Events.GameEvent;
using Body = SanguoOrleans.Protocol.ServerMessage.BodyOneofCase;
using EventKind = SanguoOrleans.Game.Events.EventKind;

namespace SanguoOrleans.Cli.Commands.Play;

/// <summary>
/// The game at one seat in the terminal: prints what happens, shows the table and a numbered menu for each request of
/// this seat, and submits what the player picks. <c>auto</c> hands the seat to the server's auto-play (托管) and back.
/// </summary>
public sealed class GameScreen(GameClient client, InputLines input, TextWriter output, TableSnapshot snapshot, string userId)
{
    private readonly string _tableId = snapshot.Info.TableId;
    private readonly int _seat = snapshot.Viewer;
    // Joined mid-game (watching, reconnecting): go on from the snapshot's view.
    private readonly ViewFolder _folder = snapshot.View is { } view ? ViewFolder.From(view.ToEngine()) : new(snapshot.Viewer);
    private readonly EventText _text = new();
    private readonly TableChat _chat = new(client, output, snapshot.Info, userId);
    private int _lastSeq = snapshot.Seq;
    private bool _started = snapshot.View is not null;
    private bool _auto;
    private bool _autoWanted;
    private DecisionRequest? _pending;
    private DecisionMenu? _menu;
    private long _deadlineUnixMs;
    private GameEvent? _gameOver;

    /// <summary>Plays until the game is over (0), the player quits (0) or the session ends (1).</summary>
    public async Task<int> PlayAsync(CancellationToken cancellationToken)
    {
        await output.WriteLineAsync(Spectating
            ? "You are watching. Type s to show the table, say TEXT to chat, quit to stop watching."
            : $"You are {userId} at seat {_seat}. Type a number to answer, auto to switch auto-play, s to show the table, say TEXT to chat, quit to leave.").ConfigureAwait(false);
        await _chat.JoinAsync(cancellationToken).ConfigureAwait(false);
        // Once the input ends the game goes on (answered by the table's time-outs or auto-play), printed to the end.
        var waiting = new LinesAndPushes(input, client, cancellationToken);
        while (true)
        {
            if (!await waiting.WaitAsync().ConfigureAwait(false) || !await TakePushesAsync(cancellationToken).ConfigureAwait(false))
            {
                return await FinishAsync(cancellationToken).ConfigureAwait(false);
            }

            while (input.TryRead(out var typed))
            {
                if (typed == "quit")
                {
                    await LeaveAsync(cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync("You left the table.").ConfigureAwait(false);
                    return 0;
                }

                await HandleTypedAsync(typed, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> TakePushesAsync(CancellationToken cancellationToken)
    {
        while (client.Pushes.TryRead(out var message))
        {
            if (message.BodyCase == Body.SessionEnded)
            {
                await output.WriteLineAsync($"Your session ended: {message.SessionEnded.Reason}.").ConfigureAwait(false);
                return false;
            }

            if (message.BodyCase == Body.ChatMessage && message.ChatMessage.Channel == _chat.Channel)
            {
                await _chat.PrintAsync(message.ChatMessage).ConfigureAwait(false);
                continue;
            }

            if (message.BodyCase != Body.GameAdvanced || message.GameAdvanced.TableId != _tableId)
            {
                continue;
            }

            var advanced = message.GameAdvanced;
            foreach (var e in advanced.EventsAfter(_lastSeq))
            {
                _folder.Apply(e);
                _lastSeq = e.Seq;
                _started |= e.Kind == EventKind.GameStarted;
                _gameOver = e.Kind == EventKind.GameOver ? e : _gameOver;
                if (_text.Describe(e) is { } text)
                {
                    await output.WriteLineAsync(text).ConfigureAwait(false);
                }
            }

            if (advanced.Over)
            {
                return false;
            }

            if (_started && _autoWanted)
            {
                await SwitchAutoAsync(true, cancellationToken).ConfigureAwait(false);
            }

            var request = advanced.Pending?.ToEngine();
            if (request?.Seat == _seat && request.Id != _pending?.Id)
            {
                _pending = request;
                _menu = DecisionMenu.For(request);
                _deadlineUnixMs = advanced.DeadlineUnixMs;
                if (!_auto)
                {
                    await ShowRequestAsync().ConfigureAwait(false);
                }
            }
            else if (request is null)
            {
                _pending = null;
            }
        }

        return true;
    }

    private bool Spectating => _seat < 0;

    private async Task HandleTypedAsync(string typed, CancellationToken cancellationToken)
    {
        if (typed.StartsWith("say ", StringComparison.Ordinal))
        {
            await _chat.SayAsync(typed[4..], cancellationToken).ConfigureAwait(false);
            return;
        }

        switch (typed)
        {
            case "auto":
                await SwitchAutoAsync(!(_auto || _autoWanted), cancellationToken).ConfigureAwait(false);
                return;
            case "s" or "show" or "":
                await ShowTableAsync().ConfigureAwait(false);
                if (_pending is not null && !_auto)
                {
                    await ShowRequestAsync().ConfigureAwait(false);
                }

                return;
        }

        if (_pending is not { } request || _menu is null || _auto)
        {
            await output.WriteLineAsync(_auto ? "Auto-play is on; type auto to take over." : "Nothing to answer right now.").ConfigureAwait(false);
            return;
        }

        if (_menu.Parse(typed, out var problem) is not { } decision)
        {
            await output.WriteLineAsync(problem).ConfigureAwait(false);
            return;
        }

        var reply = await client.RequestAsync(
            new ClientMessage { SubmitDecision = new SubmitDecisionRequest { TableId = _tableId, Decision = decision.ToProto() } },
            cancellationToken).ConfigureAwait(false);
        if (reply.BodyCase == Body.Error)
        {
            await output.WriteLineAsync($"Refused: {reply.Error.Message} ({reply.Error.Code})").ConfigureAwait(false);
            return;
        }

        if (_pending?.Id == request.Id)
        {
            _pending = null;
        }
    }

    private async Task SwitchAutoAsync(bool enabled, CancellationToken cancellationToken)
    {
        var reply = await client.RequestAsync(new ClientMessage { SetAutoPlay = new SetAutoPlayRequest { TableId = _tableId, Enabled = enabled } }, cancellationToken).ConfigureAwait(false);
        _autoWanted = enabled && reply.Error is { Code: ErrorCode.GameNotRunning };
        if (reply.BodyCase == Body.Table)
        {
            _auto = enabled;
            await output.WriteLineAsync(enabled ? "Auto-play on: the server plays for you. Type auto to take over." : "Auto-play off: your move.").ConfigureAwait(false);
            if (!enabled && _pending is not null)
            {
                await ShowRequestAsync().ConfigureAwait(false);
            }
        }
        else if (_autoWanted)
        {
            await output.WriteLineAsync("Auto-play will take over once the game starts.").ConfigureAwait(false);
        }
        else
        {
            await output.WriteLineAsync($"Refused: {reply.Error.Message} ({reply.Error.Code})").ConfigureAwait(false);
        }
    }

    private async Task ShowTableAsync()
    {
        if (!_started)
        {
            await output.WriteLineAsync("The game has not started yet.").ConfigureAwait(false);
            return;
        }

        foreach (var line in TableLines.Of(_folder.ToView(), _seat, _text))
        {
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
    }

    private async Task ShowRequestAsync()
    {
        await ShowTableAsync().ConfigureAwait(false);
        var request = _pending!;
        var secondsLeft = Math.Max(0, (_deadlineUnixMs - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()) / 1000);
        var about = request.Trick is { } trick ? $" against {Game.Cards.CardText.Chinese(trick)}" : "";
        await output.WriteLineAsync($">> Your move: {request.Kind} ({request.Reason}{about}), {secondsLeft} s left.").ConfigureAwait(false);
        for (var i = 0; i < _menu!.Choices.Count; i++)
        {
            await output.WriteLineAsync($"  {i + 1}. {_menu.Choices[i].Label}").ConfigureAwait(false);
        }

        await output.WriteLineAsync(_menu.Prompt).ConfigureAwait(false);
    }

    private async Task<int> FinishAsync(CancellationToken cancellationToken)
    {
        if (_gameOver is not { } over)
        {
            await output.WriteLineAsync("The connection ended before the game did.").ConfigureAwait(false);
            return 1;
        }

        if (Spectating)
        {
            await output.WriteLineAsync($"Result: {(over.Text == "draw" ? "the game is a draw" : over.Text + " wins")}.").ConfigureAwait(false);
            await LeaveAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }

        var role = _started ? _folder.ToView().Seats[_seat].Role : null;
        var outcome = over.Text == "draw" ? "the game is a draw"
            : over.Targets?.Contains(_seat) == true ? "you won" : "you lost";
        await output.WriteLineAsync($"Result: {outcome} (seat {_seat}{(role is null ? "" : ", " + role)}; {over.Text} wins).").ConfigureAwait(false);
        await LeaveAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private async Task LeaveAsync(CancellationToken cancellationToken)
    {
        await _chat.LeaveAsync(cancellationToken).ConfigureAwait(false);
        await client.RequestAsync(new ClientMessage { LeaveTable = new LeaveTableRequest { TableId = _tableId } }, cancellationToken).ConfigureAwait(false);
    }
}
