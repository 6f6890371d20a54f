using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Flow;
using SanguoOrleans.Game.Modes;

namespace SanguoOrleans.Cli.Commands;

/// <summary>
/// <c>sanguo replay &lt;table-id&gt;</c>: fetches a finished game's record from a server's <c>/replays</c> endpoint,
/// rebuilds the game with the rules engine and prints what a spectator saw, one line per event (turn, player, action).
/// </summary>
internal static class ReplayCommand
{
    private const int ExitDone = 0;
    private const int ExitRefused = 1;
    private const int ExitNotAnswered = 2;

    // A spectator's view: replaying as anyone else would print cards that were hidden at the table.
    private const int Spectator = -1;

    private static readonly Uri DefaultUrl = new("http://127.0.0.1:7401");

    private static readonly JsonSerializerOptions ServerJson = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    // Hero and card names may be Chinese: printed as they are, not as \u escapes.
    private static readonly JsonSerializerOptions LineJson = new(CliJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var tableId = new Argument<string>("table-id") { Description = "The id of a finished table." };
        var url = new Option<string>("--url")
        {
            Description = "The HTTP address of a silo or gateway (its Gateway:HttpPort).",
            DefaultValueFactory = _ => DefaultUrl.AbsoluteUri,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per event instead of readable lines." };
        var timeout = new Option<int>("--timeout-ms") { Description = "Give up after this many milliseconds.", DefaultValueFactory = _ => 30_000 };
        var command = new Command("replay", "Prints a finished game as a spectator saw it: one line per event with its turn, player and action.")
        {
            tableId, url, json, timeout,
        };
        command.SetAction(async (parse, cancellationToken) => await RunAsync(
            parse.GetValue(tableId)!, parse.GetValue(url)!, parse.GetValue(json), TimeSpan.FromMilliseconds(parse.GetValue(timeout)), cancellationToken).ConfigureAwait(false));
        return command;
    }

    private static async Task<int> RunAsync(string tableId, string url, bool json, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var server) || (server.Scheme != Uri.UriSchemeHttp && server.Scheme != Uri.UriSchemeHttps))
        {
            return Fail(json, "invalid_url", $"--url takes an absolute http:// or https:// address, not '{url}'.", ExitNotAnswered);
        }

        var (replay, code, message, exit) = await FetchAsync(server, tableId, timeout, cancellationToken).ConfigureAwait(false);
        if (replay is null)
        {
            return Fail(json, code!, message!, exit);
        }

        GameEngine engine;
        try
        {
            engine = GameEngine.Replay(replay.Game, replay.Seed, replay.Decisions);
        }
        catch (InvalidOperationException e)
        {
            // The rules changed since the game was played: the record no longer replays.
            return Fail(json, "replay_diverged", e.Message, ExitRefused);
        }

        var printer = new EventPrinter(engine);
        foreach (var e in engine.EventsSince(-1, Spectator))
        {
            var line = printer.Describe(e);
            Console.Out.WriteLine(json
                ? JsonSerializer.Serialize(new EventLine(line.Turn, e.Seq, line.Player, JsonNamingPolicy.SnakeCaseLower.ConvertName(e.Kind.ToString()), line.Text), LineJson)
                : $"turn {line.Turn,3}  {line.PlayerText,-22} {line.Text}");
        }

        if (engine.Result is not { } result || result.Side != replay.Result.Side || result.Turns != replay.Result.Turns)
        {
            return Fail(json, "replay_diverged", "The rebuilt game does not end as the recorded one did.", ExitRefused);
        }

        return ExitDone;
    }

    private static async Task<(ReplayRecord? Replay, string? Code, string? Message, int Exit)> FetchAsync(
        Uri server, string tableId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Appended rather than resolved, so that a --url behind a reverse proxy keeps its path prefix.
        var url = new Uri(server.AbsoluteUri.TrimEnd('/') + "/replays/" + Uri.EscapeDataString(tableId));
        using var http = new HttpClient { Timeout = timeout };
        try
        {
            using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return (JsonSerializer.Deserialize<ReplayRecord>(text, ServerJson), null, null, ExitDone);
            }

            return TryRead<ServerError>(text) is { Code: { } code } error
                ? (null, code, error.Message ?? $"HTTP {(int)response.StatusCode}", ExitRefused)
                : (null, "not_a_replay_endpoint", $"HTTP {(int)response.StatusCode} from {url}; is this a server's HTTP port?", ExitNotAnswered);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, "timeout", $"No answer from {url} within {timeout.TotalMilliseconds:0} ms.", ExitNotAnswered);
        }
        catch (HttpRequestException e)
        {
            var why = e.InnerException is SocketException socket ? socket.SocketErrorCode.ToString() : e.Message;
            return (null, "connection_failed", $"Cannot connect to {server}: {why}.", ExitNotAnswered);
        }
        catch (JsonException e)
        {
            return (null, "not_a_replay_endpoint", $"The answer from {url} is not a game record: {e.Message}", ExitNotAnswered);
        }
    }

    private static T? TryRead<T>(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, ServerJson);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static int Fail(bool json, string code, string message, int exit)
    {
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new { Ok = false, Error = new ServerError(code, message) }, LineJson));
        }
        else
        {
            Console.Error.WriteLine($"sanguo replay: {message} ({code})");
        }

        return exit;
    }

    /// <summary>What the server's <c>/replays</c> endpoint returns (the fields this command uses).</summary>
    private sealed record ReplayRecord(string TableId, GameSettings Game, ulong Seed, IReadOnlyList<Decision> Decisions, GameResult Result);

    private sealed record ServerError(string? Code, string? Message);

    private sealed record EventLine(int Turn, int Seq, int? Player, string Action, string Text);

    /// <summary>Turns public events into sentences, keeping track of the turn and of who plays which hero.</summary>
    private sealed class EventPrinter(GameEngine engine)
    {
        private readonly Dictionary<int, string> _heroes = [];
        private int _turn;

        public (int Turn, int? Player, string PlayerText, string Text) Describe(GameEvent e)
        {
            switch (e.Kind)
            {
                case EventKind.TurnStarted:
                    _turn = e.Amount;
                    break;
                case EventKind.HeroChosen when e.Text is { } hero:
                    _heroes[e.Seat] = hero;
                    break;
            }

            // A card move names no actor: it is shown under the seat whose cards changed.
            var seat = e is { Seat: < 0, Kind: EventKind.CardsMoved } ? (e.ToSeat >= 0 ? e.ToSeat : e.FromSeat) : e.Seat;
            int? player = seat >= 0 ? seat : null;
            var playerText = player is { } who ? Seat(who) : "";
            return (_turn, player, playerText, Action(e));
        }

        private string Action(GameEvent e) => e.Kind switch
        {
            EventKind.GameStarted => $"game starts with {e.Count} seats",
            EventKind.RoleRevealed => $"is the {e.Text}",
            EventKind.HeroesOffered => "is offered heroes",
            EventKind.HeroChosen => $"plays {e.Text} ({e.Hp}/{e.MaxHp} hp)",
            EventKind.TurnStarted => $"starts turn {e.Amount}",
            EventKind.PhaseStarted => $"{e.Text} phase",
            EventKind.PhaseSkipped => $"skips the {e.Text} phase",
            EventKind.CardsMoved => $"{Count(e.Count)} {Where(e.From, e.FromSeat)} -> {Where(e.To, e.ToSeat)}{Cards(e.Cards)}",
            EventKind.Reshuffled => $"the discard pile ({Count(e.Count)}) is shuffled into the draw pile",
            EventKind.CardUsed => $"uses {e.Name}{Cards(e.Cards)}{Targets(e.Targets)}",
            EventKind.CardResponded => $"responds with {e.Name}{Cards(e.Cards)}",
            EventKind.EffectCancelled => $"{e.Name} on {Seat(e.Target)} is cancelled ({e.Text})",
            EventKind.Judged => $"judgement for {e.Text}:{Cards(e.Cards)}",
            EventKind.Damaged when e.Seat < 0 => $"{Seat(e.Target)} takes {e.Amount} {e.Text} damage ({e.Hp}/{e.MaxHp} hp left)",
            EventKind.Damaged => $"deals {e.Amount} {e.Text} damage to {Seat(e.Target)} ({e.Hp}/{e.MaxHp} hp left)",
            EventKind.Recovered => $"recovers {e.Amount} ({e.Hp}/{e.MaxHp} hp)",
            EventKind.HpLost => $"loses {e.Amount} hp ({e.Hp}/{e.MaxHp} hp)",
            EventKind.Dying => "is dying",
            EventKind.Died => e.Target >= 0 ? $"dies, a {e.Text}, killed by {Seat(e.Target)}" : $"dies, a {e.Text}",
            EventKind.ChainChanged => e.Amount == 1 ? "is chained" : "is unchained",
            EventKind.SkillInvoked => $"invokes {e.Text}",
            EventKind.Chose => $"chooses {e.Text}",
            EventKind.GameOver => $"game over: {e.Text} win{Targets(e.Targets)}",
            EventKind.SideFormed => $"side {e.Amount + 1}{Targets(e.Targets)}",
            EventKind.HeroDefeated => $"loses the hero {e.Text}",
            _ => e.Kind.ToString(),
        };

        private string Seat(int seat) => _heroes.TryGetValue(seat, out var hero) ? $"seat {seat} ({hero})" : $"seat {seat}";

        private static string Count(int count) => count == 1 ? "1 card" : $"{count} cards";

        private static string Where(Game.Zones.ZoneKind zone, int seat) => seat >= 0 ? $"{zone} of seat {seat}" : zone.ToString();

        private static string Targets(IReadOnlyList<int>? targets) =>
            targets is { Count: > 0 } ? " on seats " + string.Join(", ", targets) : "";

        // Only events a spectator receives reach here, so every id listed was face up at the table.
        private string Cards(IReadOnlyList<int>? cards) => cards is { Count: > 0 } ? " [" + string.Join(", ", cards.Select(Card)) + "]" : "";

        private string Card(int id)
        {
            var card = engine.CardOf(id);
            return $"{card.Name} {card.Suit} {card.Number.ToString(CultureInfo.InvariantCulture)}";
        }
    }
}
