using System.Globalization;
using SanguoOrleans.Cli.Commands.Bots;
using SanguoOrleans.Protocol;
using Body = SanguoOrleans.Protocol.ServerMessage.BodyOneofCase;

namespace SanguoOrleans.Cli.Commands.Play;

/// <summary>山河图 in the terminal: show the map, start a run, move, claim, buy at a shop; a fight hands its table to the game screen.</summary>
public sealed class RoguelikeFlow(GameClient client, InputLines input, TextWriter output)
{
    private const string Help = "h HERO start a run (e.g. h guanyu), m N move to node N, f fight here, c N claim node N's reward, p N buy offer N at a shop (or move on without buying), s show, b back to the lobby. On the map * marks where you stand, ✓ a cleared node.";

    // The state last shown: a purchase names the offer by its number there.
    private RoguelikeState? _shown;

    /// <summary>Runs the map prompt; the snapshot of a battle table to play, or null to go back to the lobby.</summary>
    public async Task<TableSnapshot?> RunAsync(CancellationToken cancellationToken)
    {
        await ShowAfterBattleAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(Help).ConfigureAwait(false);
        while (await AskAsync("山河图> ", cancellationToken).ConfigureAwait(false) is { } line)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (words)
            {
                case ["b" or "back" or "quit"]:
                    return null;
                case ["h" or "hero", var hero]:
                    await SendAsync(new ClientMessage { StartRoguelikeRun = new StartRoguelikeRunRequest { Hero = hero } }, cancellationToken).ConfigureAwait(false);
                    break;
                case ["m" or "move", var n] when int.TryParse(n, CultureInfo.InvariantCulture, out var node):
                    await SendAsync(new ClientMessage { RoguelikeMove = new RoguelikeMoveRequest { Node = node } }, cancellationToken).ConfigureAwait(false);
                    break;
                case ["c" or "claim", var n] when int.TryParse(n, CultureInfo.InvariantCulture, out var node):
                    await SendAsync(new ClientMessage { RoguelikeClaim = new RoguelikeClaimRequest { Node = node } }, cancellationToken).ConfigureAwait(false);
                    break;
                case ["p" or "buy", var n] when int.TryParse(n, CultureInfo.InvariantCulture, out var offer):
                    await BuyAsync(offer, cancellationToken).ConfigureAwait(false);
                    break;
                case ["f" or "fight"]:
                    if (await FightAsync(cancellationToken).ConfigureAwait(false) is { } battle)
                    {
                        return battle;
                    }

                    break;
                case ["s" or "show"]:
                    await SendAsync(new ClientMessage { GetRoguelike = new GetRoguelikeRequest() }, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await output.WriteLineAsync(Help).ConfigureAwait(false);
                    break;
            }
        }

        return null;
    }

    /// <summary>Shows the state; a battle that just ended reaches the run within moments, so an open one is asked again briefly.</summary>
    private async Task ShowAfterBattleAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var reply = await client.RequestAsync(new ClientMessage { GetRoguelike = new GetRoguelikeRequest() }, cancellationToken).ConfigureAwait(false);
            if (Refused(reply))
            {
                return;
            }

            if (reply.Roguelike.BattleTable.Length == 0 || attempt == 10)
            {
                await ShowAsync(reply.Roguelike).ConfigureAwait(false);
                return;
            }

            await Task.Delay(300, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<TableSnapshot?> FightAsync(CancellationToken cancellationToken)
    {
        var fight = await client.RequestAsync(new ClientMessage { RoguelikeFight = new RoguelikeFightRequest() }, cancellationToken).ConfigureAwait(false);
        if (Refused(fight))
        {
            return null;
        }

        var tableId = fight.RoguelikeBattle.TableId;
        var connected = await client.RequestAsync(new ClientMessage { ReconnectTable = new ReconnectTableRequest { TableId = tableId } }, cancellationToken).ConfigureAwait(false);
        if (Refused(connected))
        {
            return null;
        }

        await output.WriteLineAsync($"Battle at table {tableId}: your hero at seat 0 against the AI; it starts in a moment. Type b in the map afterwards to see the result.").ConfigureAwait(false);
        return connected.TableSnapshot;
    }

    /// <summary>Buys the shop's offer numbered as shown (from 1) at the node the hero stands at.</summary>
    private async Task BuyAsync(int offer, CancellationToken cancellationToken)
    {
        if (_shown is not { } state || offer < 1 || offer > state.Shop.Count)
        {
            await output.WriteLineAsync("No such offer here: a shop lists its offers as 1, 2, 3.").ConfigureAwait(false);
            return;
        }

        var buy = new RoguelikeBuyRequest { Node = state.Position, Boon = state.Shop[offer - 1].Boon };
        await SendAsync(new ClientMessage { RoguelikeBuy = buy }, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendAsync(ClientMessage request, CancellationToken cancellationToken)
    {
        var reply = await client.RequestAsync(request, cancellationToken).ConfigureAwait(false);
        if (!Refused(reply) && reply.BodyCase == Body.Roguelike)
        {
            await ShowAsync(reply.Roguelike).ConfigureAwait(false);
        }
    }

    private async Task ShowAsync(RoguelikeState state)
    {
        _shown = state;
        await output.WriteLineAsync($"Season {state.Season}, stamina {state.Stamina}/{state.DailyStamina} (reset {state.ResetDay}), run {state.RunNumber}: {state.Status}").ConfigureAwait(false);
        if (state.Status == RoguelikeRunStatus.RoguelikeRunNone)
        {
            return;
        }

        await output.WriteLineAsync($"Hero {state.Hero}  HP {state.Hp}/{state.MaxHp}  boons: {string.Join(' ', state.Boons)}").ConfigureAwait(false);
        foreach (var floor in state.Map.GroupBy(n => n.Floor))
        {
            var nodes = floor.Select(n =>
            {
                var mark = (n.Id == state.Position ? "*" : "") + (state.Cleared.Contains(n.Id) ? "✓" : "");
                return $"{(mark.Length == 0 ? " " : mark)}{n.Id}:{KindName(n.Kind)}→{string.Join(',', n.Next)}";
            });
            await output.WriteLineAsync($"  floor {floor.Key}: {string.Join("   ", nodes)}").ConfigureAwait(false);
        }

        var here = state.Map.FirstOrDefault(n => n.Id == state.Position);
        await output.WriteLineAsync($"At node {state.Position}; next: {string.Join(',', here?.Next ?? [])}"
            + (state.BattleTable.Length > 0 ? $"; battle open at table {state.BattleTable}" : "")
            + (state.Unclaimed.Count > 0 ? $"; to claim: {string.Join(' ', state.Unclaimed.Select(p => $"node {p.Key} ({p.Value})"))}" : "")).ConfigureAwait(false);
        if (state.Shop.Count > 0)
        {
            var offers = state.Shop.Select((o, i) => $"{i + 1}) {o.Boon} {o.Price} 铜钱{(o.Bought ? " (bought)" : "")}");
            var hint = state.Shop.Any(o => o.Bought) ? "one purchase per shop" : "p N to buy one, or move on";
            await output.WriteLineAsync($"Shop: {string.Join("   ", offers)}  ({hint})").ConfigureAwait(false);
        }
    }

    private static string KindName(RoguelikeNodeKind kind) => kind switch
    {
        RoguelikeNodeKind.RoguelikeNodeStart => "起点",
        RoguelikeNodeKind.RoguelikeNodeBattle => "战斗",
        RoguelikeNodeKind.RoguelikeNodeElite => "精英",
        RoguelikeNodeKind.RoguelikeNodeEvent => "奇遇",
        RoguelikeNodeKind.RoguelikeNodeRest => "营地",
        RoguelikeNodeKind.RoguelikeNodeShop => "商店",
        _ => "首领",
    };

    private Task<string?> AskAsync(string prompt, CancellationToken cancellationToken) => input.AskAsync(output, prompt, cancellationToken);

    private bool Refused(ServerMessage reply) => output.PrintRefusal(reply);
}
