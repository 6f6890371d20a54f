using System.Globalization;
using SanguoOrleans.Cli.Commands.Bots;
using SanguoOrleans.Protocol;
using Body = SanguoOrleans.Protocol.ServerMessage.BodyOneofCase;

namespace SanguoOrleans.Cli.Commands.Play;

/// <summary>The terminal client before the game: log in (registering on request), then create or join a table.</summary>
public sealed class LobbyFlow(GameClient client, InputLines input, TextWriter output, uint aiDelayMs)
{
    private List<TableSummary> _listed = [];
    private string _userId = "";

    /// <summary>Logs in, offering to register an unknown account; the user id, or null when input ended.</summary>
    public async Task<string?> LogInAsync(CancellationToken cancellationToken)
    {
        await client.RequestAsync(new ClientMessage { Hello = new HelloRequest { ProtocolVersion = ProtocolVersion.Current, ClientVersion = "1.0.0" } }, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var account = await AskAsync("Account: ", cancellationToken).ConfigureAwait(false);
            var password = account is null ? null : await AskAsync("Password: ", cancellationToken).ConfigureAwait(false);
            if (account is null || password is null || account == "quit")
            {
                return null;
            }

            var reply = await client.RequestAsync(new ClientMessage { Login = new LoginRequest { Account = account, Password = password } }, cancellationToken).ConfigureAwait(false);
            if (reply.Error is { Code: ErrorCode.WrongCredentials })
            {
                var answer = await AskAsync($"No account '{account}' with that password. Register it? [y/n]: ", cancellationToken).ConfigureAwait(false);
                if (answer is not ("y" or "yes"))
                {
                    continue;
                }

                var registered = await client.RequestAsync(new ClientMessage { Register = new RegisterRequest { Account = account, Password = password } }, cancellationToken).ConfigureAwait(false);
                if (Refused(registered))
                {
                    continue;
                }

                reply = await client.RequestAsync(new ClientMessage { Login = new LoginRequest { Account = account, Password = password } }, cancellationToken).ConfigureAwait(false);
            }

            if (!Refused(reply))
            {
                await output.WriteLineAsync($"Logged in as {account}.").ConfigureAwait(false);
                _userId = reply.Session.UserId;
                return _userId;
            }
        }
    }

    /// <summary>Lists the lobby until the player creates or joins a table; its snapshot, or null to quit.</summary>
    public async Task<TableSnapshot?> ChooseTableAsync(CancellationToken cancellationToken)
    {
        // After a 山河图 battle the player goes back to the map, where its result shows.
        if (ReturnsAfterGame && await PlayRoguelikeAsync(cancellationToken).ConfigureAwait(false) is { } battle)
        {
            return battle;
        }

        await ShowLobbyAsync(cancellationToken).ConfigureAwait(false);
        while (await AskAsync("lobby> ", cancellationToken).ConfigureAwait(false) is { } line)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var snapshot = words switch
            {
                ["quit"] => null,
                ["g"] => await PlayRoguelikeAsync(cancellationToken).ConfigureAwait(false),
                ["l" or "ladder", var ladder] when LadderBotRun.IsLadder(ladder) =>
                    await new LadderFlow(client, input, output).QueueAsync(ladder, cancellationToken).ConfigureAwait(false),
                ["w" or "watch", var n] when int.TryParse(n, CultureInfo.InvariantCulture, out var index) && index >= 1 && index <= _listed.Count =>
                    await WatchAsync(_listed[index - 1].TableId, cancellationToken).ConfigureAwait(false),
                ["b" or "board", var ladder] when LadderBotRun.IsLadder(ladder) => await ShowBoardAsync(ladder, cancellationToken).ConfigureAwait(false),
                ["c" or "create", .. var rest] => await CreateWithAiAsync(ModeNamed(rest), cancellationToken).ConfigureAwait(false),
                ["j" or "join", var n] when int.TryParse(n, CultureInfo.InvariantCulture, out var index) && index >= 1 && index <= _listed.Count =>
                    await JoinAsync(_listed[index - 1].TableId, cancellationToken).ConfigureAwait(false),
                _ => await ShowLobbyAsync(cancellationToken).ConfigureAwait(false),
            };
            if (snapshot is not null || words is ["quit"])
            {
                return snapshot;
            }
        }

        return null;
    }

    /// <summary>Whether the table chosen last was a 山河图 battle, after which the player comes back here.</summary>
    public bool ReturnsAfterGame { get; private set; }

    private async Task<TableSnapshot?> PlayRoguelikeAsync(CancellationToken cancellationToken)
    {
        var battle = await new RoguelikeFlow(client, input, output).RunAsync(cancellationToken).ConfigureAwait(false);
        ReturnsAfterGame = battle is not null;
        return battle;
    }

    private async Task<TableSnapshot?> ShowLobbyAsync(CancellationToken cancellationToken)
    {
        var reply = await client.RequestAsync(new ClientMessage { ListLobby = new ListLobbyRequest { Page = 0 } }, cancellationToken).ConfigureAwait(false);
        _listed = reply.BodyCase == Body.LobbyPage ? [.. reply.LobbyPage.Tables] : [];
        await output.WriteLineAsync($"Lobby: {_listed.Count} open table(s).").ConfigureAwait(false);
        for (var i = 0; i < _listed.Count; i++)
        {
            var t = _listed[i];
            await output.WriteLineAsync($"  {i + 1}. {t.Name}  {t.Seated}/{t.Seats} seated  {t.Status}{(t.HasPassword ? "  (password)" : "")}").ConfigureAwait(false);
        }

        await output.WriteLineAsync("Type c to create a 5-seat table with AI (c 8 for 8 seats, c 8d for 8 seats with two renegades, c 2v2 for doubles, c 1v1), j N to join table N, w N to watch table N, l doubles or l identity8 to queue for a ranked game, b doubles or b identity8 for your standing and the leaderboard, g for 山河图, r to refresh, quit.").ConfigureAwait(false);
        return null;
    }

    private async Task<TableSnapshot?> ShowBoardAsync(string ladder, CancellationToken cancellationToken)
    {
        await new LadderFlow(client, input, output).ShowBoardAsync(ladder, _userId, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>The mode of a create command's words: none = 5 seats, 8, 8d, 2v2 or 1v1.</summary>
    private static GameMode ModeNamed(string[] words) => words switch
    {
        ["8"] => GameMode.Identity8,
        ["8d"] => GameMode.Identity8DoubleRenegade,
        ["2v2" or "doubles"] => GameMode.Doubles,
        ["1v1"] => GameMode.OneVsOne,
        _ => GameMode.Identity5,
    };

    private async Task<TableSnapshot?> CreateWithAiAsync(GameMode mode, CancellationToken cancellationToken)
    {
        var create = new CreateTableRequest { Name = "play", Mode = mode, AiDelayMs = aiDelayMs };
        var created = await client.RequestAsync(new ClientMessage { CreateTable = create }, cancellationToken).ConfigureAwait(false);
        if (Refused(created))
        {
            return null;
        }

        var info = created.TableSnapshot.Info;
        for (var seat = 1; seat < info.Seats.Count; seat++)
        {
            var added = await client.RequestAsync(new ClientMessage { AddAi = new AddAiRequest { TableId = info.TableId, Seat = seat } }, cancellationToken).ConfigureAwait(false);
            if (Refused(added))
            {
                return null;
            }
        }

        var started = await client.RequestAsync(new ClientMessage { StartTable = new StartTableRequest { TableId = info.TableId } }, cancellationToken).ConfigureAwait(false);
        if (Refused(started))
        {
            return null;
        }

        await output.WriteLineAsync($"Table {info.TableId}: you hold seat 0 against {info.Seats.Count - 1} AI players. The game starts.").ConfigureAwait(false);
        return created.TableSnapshot;
    }

    private async Task<TableSnapshot?> JoinAsync(string tableId, CancellationToken cancellationToken)
    {
        var joined = await client.RequestAsync(new ClientMessage { JoinTable = new JoinTableRequest { TableId = tableId } }, cancellationToken).ConfigureAwait(false);
        if (Refused(joined))
        {
            return null;
        }

        var free = joined.TableSnapshot.Info.Seats.FirstOrDefault(s => s.Occupant == SeatOccupant.Empty);
        if (free is null)
        {
            await output.WriteLineAsync("Every seat is taken; try another table.").ConfigureAwait(false);
            return null;
        }

        var sat = await client.RequestAsync(new ClientMessage { Sit = new SitRequest { TableId = tableId, Seat = free.Seat } }, cancellationToken).ConfigureAwait(false);
        var ready = Refused(sat) ? sat : await client.RequestAsync(new ClientMessage { SetReady = new SetReadyRequest { TableId = tableId, Ready = true } }, cancellationToken).ConfigureAwait(false);
        if (Refused(ready))
        {
            return null;
        }

        await output.WriteLineAsync($"Seated at seat {free.Seat} and ready; the game starts when the owner starts it.").ConfigureAwait(false);
        return new TableSnapshot(joined.TableSnapshot) { Viewer = free.Seat };
    }

    private async Task<TableSnapshot?> WatchAsync(string tableId, CancellationToken cancellationToken)
    {
        var watched = await client.RequestAsync(new ClientMessage { Spectate = new SpectateRequest { TableId = tableId } }, cancellationToken).ConfigureAwait(false);
        if (Refused(watched))
        {
            return null;
        }

        await output.WriteLineAsync($"Watching table {tableId}: every seat's public state, no hidden card.").ConfigureAwait(false);
        return new TableSnapshot(watched.TableSnapshot) { Viewer = -1 };
    }

    private Task<string?> AskAsync(string prompt, CancellationToken cancellationToken) => input.AskAsync(output, prompt, cancellationToken);

    private bool Refused(ServerMessage reply) => output.PrintRefusal(reply);
}
