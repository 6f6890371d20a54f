using System.Net;
using System.Net.Sockets;
using SanguoOrleans.Cli.Commands.Bots;
using SanguoOrleans.Cli.Commands.Play;
using SanguoOrleans.Protocol;

namespace SanguoOrleans.Cli.Tests;

/// <summary>The 山河图 screen at a shop, against a server that answers as the gateway would.</summary>
public class RoguelikeShopScreenTests
{
    private static readonly string[] Offers = ["青囊书", "遁甲天书", "玉玺拓本"];

    [Fact]
    public async Task At_a_shop_the_screen_lists_the_offers_and_p_N_buys_offer_N_at_the_current_node()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var bought = new List<RoguelikeBuyRequest>();
        var server = ServeAsync(listener, bought);
        var output = new StringWriter();
        TableSnapshot? battle;
        await using (var client = await GameClient.ConnectAsync("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port))
        {
            battle = await new RoguelikeFlow(client, new InputLines(new StringReader("p 9\np 2\nb\n")), output).RunAsync(CancellationToken.None);
        }

        await server.WaitAsync(TimeSpan.FromSeconds(10));
        var text = output.ToString();

        Assert.Null(battle);
        Assert.Contains("Shop: 1) 青囊书 60 铜钱   2) 遁甲天书 80 铜钱   3) 玉玺拓本 100 铜钱  (p N to buy one, or move on)", text, StringComparison.Ordinal);
        Assert.Contains("No such offer here", text, StringComparison.Ordinal);
        Assert.Equal([(7, "遁甲天书")], bought.Select(b => (b.Node, b.Boon)));
        Assert.Contains("2) 遁甲天书 80 铜钱 (bought)", text, StringComparison.Ordinal);
        Assert.Contains("boons: 遁甲天书", text, StringComparison.Ordinal);
    }

    private static async Task ServeAsync(TcpListener listener, List<RoguelikeBuyRequest> bought)
    {
        using var connection = await listener.AcceptTcpClientAsync();
        var channel = new MessageChannel(connection.GetStream());
        while (await channel.ReadAsync(ClientMessage.Parser) is { } request)
        {
            var state = AtShop();
            if (request.BodyCase == ClientMessage.BodyOneofCase.RoguelikeBuy)
            {
                bought.Add(request.RoguelikeBuy);
                state.Boons.Add(request.RoguelikeBuy.Boon);
                state.Shop.Single(o => o.Boon == request.RoguelikeBuy.Boon).Bought = true;
            }

            await channel.WriteAsync(new ServerMessage { RequestId = request.RequestId, Roguelike = state });
        }
    }

    private static RoguelikeState AtShop()
    {
        var state = new RoguelikeState
        {
            Season = "s1", Stamina = 10, DailyStamina = 12, RunNumber = 1, Status = RoguelikeRunStatus.RoguelikeRunActive,
            Hero = "zhaoyun", Hp = 4, MaxHp = 4, Position = 7, Cleared = { 0, 2, 7 },
        };
        state.Map.Add(new RoguelikeNode { Id = 7, Floor = 2, Kind = RoguelikeNodeKind.RoguelikeNodeShop, Next = { 9 } });
        state.Shop.AddRange(Offers.Select((boon, i) => new RoguelikeShopOffer { Boon = boon, Price = 60 + 20 * i }));
        return state;
    }
}
